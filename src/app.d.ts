import type { Logger } from 'pino';
import type { Session, SessionUser } from '$lib/server/auth';
import type { Translate } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			requestId: string;
			log: Logger;
			locale: string;
			t: Translate;
			user: SessionUser | null;
			session: Session | null;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
	}
}

export {};

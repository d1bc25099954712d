import type { Logger } from 'pino';
import type { Session, SessionUser } from '$lib/server/auth';
import type { Translate } from '$lib/i18n';
import type { GuestSession } from '$lib/server/actors';

declare global {
	namespace App {
		interface Locals {
			requestId: string;
			log: Logger;
			locale: string;
			/** The person's IANA time zone (from the rt_tz cookie), for "today" and due dates. */
			timeZone: string;
			t: Translate;
			user: SessionUser | null;
			session: Session | null;
			/** A guest of one meeting, by the cookie their join link gave them. */
			guest: GuestSession | null;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
	}
}

export {};

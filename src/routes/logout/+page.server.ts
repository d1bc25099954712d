import { redirect } from '@sveltejs/kit';
import { invalidateSession } from '$lib/server/auth';
import { sql } from '$lib/server/db';
import { realtime } from '$lib/server/realtime-bridge';
import { deleteSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) {
			await invalidateSession(await sql(), locals.session.id);
			await realtime()?.endSession(locals.session.id);
		}
		deleteSessionCookie(cookies, url);
		redirect(303, '/login?signedOut=1');
	}
};

import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { createSession } from '$lib/server/auth';
import { sql } from '$lib/server/db';
import { fields, parseForm, refuse } from '$lib/server/forms';
import { setSessionCookie } from '$lib/server/session-cookie';
import { createFirstAdmin, hasAnyUser } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

const Setup = v.object({ name: fields.name, email: fields.email, password: fields.password });

export const load: PageServerLoad = async () => ({ done: await hasAnyUser(await sql()) });

export const actions: Actions = {
	default: async ({ request, cookies, url, locals }) => {
		const parsed = await parseForm(request, Setup, locals.t);
		if (!parsed.ok) return parsed.failure;
		const db = await sql();
		try {
			const user = await createFirstAdmin(db, parsed.data);
			const { token, session } = await createSession(db, user.id);
			setSessionCookie(cookies, url, token, session.expiresAt);
			locals.log.info({ userId: user.id }, 'first administrator created');
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
		redirect(303, '/');
	}
};

import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { createSession } from '$lib/server/auth';
import { sql } from '$lib/server/db';
import { fields, parseForm, refuse } from '$lib/server/forms';
import { setSessionCookie } from '$lib/server/session-cookie';
import { authenticate, hasAnyUser } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

const SignIn = v.object({ email: fields.email, password: fields.password });

/** Only same-site paths, so a crafted link cannot send someone elsewhere after signing in. */
function safeNext(next: string | null): string {
	return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
		? next
		: '/';
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	if (!(await hasAnyUser(await sql()))) redirect(303, '/setup');
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const parsed = await parseForm(request, SignIn, locals.t);
		if (!parsed.ok) return parsed.failure;
		const db = await sql();
		try {
			const user = await authenticate(db, { ...parsed.data, address: getClientAddress() });
			const { token, session } = await createSession(db, user.id);
			setSessionCookie(cookies, url, token, session.expiresAt);
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};

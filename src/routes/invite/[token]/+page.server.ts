import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { createSession } from '$lib/server/auth';
import { sql } from '$lib/server/db';
import { Refusal } from '$lib/server/errors';
import { fields, parseForm, refuse } from '$lib/server/forms';
import { acceptInvitation, findOpenInvitation } from '$lib/server/invitations';
import { setSessionCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

const SignUp = v.object({ name: fields.name, email: fields.email, password: fields.password });

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	// The token is a secret: keep it out of caches and of Referer headers sent to other sites.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	try {
		const inv = await findOpenInvitation(await sql(), params.token);
		return {
			invitation: { email: inv.email },
			problem: null,
			signedInAs: locals.user?.name ?? null
		};
	} catch (err) {
		if (err instanceof Refusal)
			return { invitation: null, problem: locals.t(err.key), signedInAs: null };
		throw err;
	}
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url, locals }) => {
		const parsed = await parseForm(request, SignUp, locals.t);
		if (!parsed.ok) return parsed.failure;
		const db = await sql();
		try {
			const user = await acceptInvitation(db, params.token, parsed.data);
			const { token, session } = await createSession(db, user.id);
			setSessionCookie(cookies, url, token, session.expiresAt);
			locals.log.info({ userId: user.id }, 'staff member joined by invitation');
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
		redirect(303, '/');
	}
};

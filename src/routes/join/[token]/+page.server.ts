import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { GUEST_RELATIONS } from '$lib/protocol/meeting';
import { sql } from '$lib/server/db';
import { Refusal } from '$lib/server/errors';
import { parseForm, refuse } from '$lib/server/forms';
import { findOpenLink, joinAsGuest } from '$lib/server/guests';
import { realtime } from '$lib/server/realtime-bridge';
import { setGuestCookie } from '$lib/server/session-cookie';
import type { Actions, PageServerLoad } from './$types';

const Join = v.object({
	name: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('join.nameRequired'),
		v.maxLength(60, 'join.nameTooLong')
	),
	relation: v.picklist(GUEST_RELATIONS, 'errors.badForm')
});

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	// The link is a secret: keep it out of caches and of Referer headers.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	try {
		const link = await findOpenLink(await sql(), params.token);
		if (locals.guest?.meetingId === link.meetingId) redirect(303, `/meetings/${link.meetingId}`);
		return {
			meeting: { title: link.meetingTitle, startsAt: link.startsAt, status: link.status },
			observer: link.role === 'observer',
			lobby: link.lobby,
			problem: null
		};
	} catch (err) {
		if (err instanceof Refusal)
			return { meeting: null, observer: false, lobby: false, problem: locals.t(err.key) };
		throw err;
	}
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url, locals }) => {
		const parsed = await parseForm(request, Join, locals.t);
		if (!parsed.ok) return parsed.failure;
		let meetingId: string;
		try {
			const joined = await joinAsGuest(await sql(), params.token, parsed.data);
			setGuestCookie(cookies, url, joined.cookie, joined.expiresAt);
			meetingId = joined.guest.meetingId;
			await realtime()?.lobbyChanged(meetingId);
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
		redirect(303, `/meetings/${meetingId}`);
	}
};

import { error } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { sql } from '$lib/server/db';
import { createJoinLink } from '$lib/server/guests';
import { getSnapshot, meetingAccess } from '$lib/server/meetings';
import { orError, requireUser } from '$lib/server/routes';
import type { PageServerLoad } from './$types';

/**
 * The projector view. Each load makes a fresh join link for the room (guest participant, through the
 * lobby, valid one day), because stored links are hashed and cannot be shown again.
 */
export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const user = requireUser(locals, url);
	const actor = { kind: 'staff' as const, user };
	const db = await sql();
	return orError(locals.t, async () => {
		const access = await meetingAccess(db, actor, params.id);
		let join: { url: string; qr: string } | null = null;
		if (access.viewer.can.manageGuests) {
			const link = await createJoinLink(db, actor, params.id, {
				role: 'participant',
				lobby: true,
				label: locals.t('present.linkLabel'),
				days: 1
			});
			const joinUrl = `${url.origin}/join/${link.token}`;
			join = { url: joinUrl, qr: renderSVG(joinUrl, { ecc: 'M', border: 2 }) };
		}
		if (!access.viewer.can.editAgenda) error(403, locals.t('errors.forbidden'));
		return {
			meetingId: params.id,
			snapshot: await getSnapshot(db, params.id),
			viewer: access.viewer,
			join
		};
	});
};

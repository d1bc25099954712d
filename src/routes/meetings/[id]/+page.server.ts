import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { sql } from '$lib/server/db';
import { parseForm, refuse } from '$lib/server/forms';
import {
	addProposal,
	createJoinLink,
	listJoinLinks,
	listOwnProposals,
	revokeJoinLink
} from '$lib/server/guests';
import { getSnapshot, listHandoffCandidates, meetingAccess } from '$lib/server/meetings';
import { realtime } from '$lib/server/realtime-bridge';
import { orError, requireActor } from '$lib/server/routes';
import { isUuid } from '$lib/server/teams';
import { saveTeamTemplate } from '$lib/server/templates';
import type { Actions, PageServerLoad } from './$types';

const NewLink = v.object({
	role: v.picklist(['participant', 'observer'], 'errors.badForm'),
	lobby: v.optional(v.string(), ''),
	label: v.optional(v.pipe(v.string(), v.maxLength(100, 'errors.tooLong')), ''),
	days: v.optional(
		v.pipe(
			v.string(),
			v.transform(Number),
			v.integer('errors.badForm'),
			v.minValue(1, 'errors.badForm'),
			v.maxValue(90, 'errors.badForm')
		),
		'14'
	)
});
const LinkId = v.object({ id: v.pipe(v.string(), v.check(isUuid, 'errors.badForm')) });
const Propose = v.object({
	kind: v.picklist(['concern', 'question'], 'errors.badForm'),
	text: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('proposals.textRequired'),
		v.maxLength(1000, 'errors.tooLong')
	)
});
const SaveTemplate = v.object({
	name: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('templates.nameRequired'),
		v.maxLength(120, 'errors.tooLong')
	)
});

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const actor = requireActor(locals, url);
	const db = await sql();
	if (actor.kind === 'guest') {
		if (actor.guest.meetingId !== params.id) error(404, locals.t('errors.notFound'));
		if (actor.guest.status === 'waiting') {
			const [m] = await db<{ title: string }[]>`select title from meetings where id = ${params.id}`;
			return {
				mode: 'waiting' as const,
				meetingId: params.id,
				title: m?.title ?? '',
				guestName: actor.guest.name,
				ownProposals: await listOwnProposals(db, actor.guest)
			};
		}
	}
	return orError(locals.t, async () => {
		const access = await meetingAccess(db, actor, params.id);
		const snapshot = await getSnapshot(db, params.id);
		return {
			mode: 'live' as const,
			meetingId: params.id,
			snapshot,
			viewer: access.viewer,
			teamId: actor.kind === 'staff' ? access.teamId : null,
			links: access.viewer.can.manageGuests ? await listJoinLinks(db, actor, params.id) : [],
			teamStaff: access.viewer.can.editAgenda ? await listHandoffCandidates(db, params.id) : [],
			ownProposals: actor.kind === 'guest' ? await listOwnProposals(db, actor.guest) : []
		};
	});
};

export const actions: Actions = {
	createLink: async ({ request, locals, params, url }) => {
		const actor = requireActor(locals, url);
		const parsed = await parseForm(request, NewLink, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			const link = await createJoinLink(await sql(), actor, params.id, {
				role: parsed.data.role,
				lobby: parsed.data.lobby === 'on',
				label: parsed.data.label,
				days: Number(parsed.data.days)
			});
			return { createdLink: `${url.origin}/join/${link.token}` };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	},
	revokeLink: async ({ request, locals, params, url }) => {
		const actor = requireActor(locals, url);
		const parsed = await parseForm(request, LinkId, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			const removed = await revokeJoinLink(await sql(), actor, params.id, parsed.data.id);
			await realtime()?.removeGuests(removed);
			await realtime()?.lobbyChanged(params.id);
			return { revoked: true };
		} catch (err) {
			return refuse(err, locals.t);
		}
	},
	propose: async ({ request, locals, params }) => {
		if (!locals.guest || locals.guest.meetingId !== params.id)
			return fail(403, { message: locals.t('errors.forbidden'), values: {} });
		const parsed = await parseForm(request, Propose, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await addProposal(await sql(), locals.guest, parsed.data);
			await realtime()?.proposalsChanged(params.id);
			return { proposed: true };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	},
	saveTemplate: async ({ request, locals, params, url }) => {
		const actor = requireActor(locals, url);
		if (actor.kind !== 'staff')
			return fail(403, { message: locals.t('errors.forbidden'), values: {} });
		const parsed = await parseForm(request, SaveTemplate, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			const db = await sql();
			const access = await meetingAccess(db, actor, params.id);
			const snapshot = await getSnapshot(db, params.id);
			await saveTeamTemplate(db, actor.user, access.teamId, {
				name: parsed.data.name,
				kind: snapshot.kind,
				items: snapshot.items
			});
			return { templateSaved: parsed.data.name };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	}
};

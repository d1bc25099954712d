import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { sql } from '$lib/server/db';
import { parseForm, refuse } from '$lib/server/forms';
import { canCreateTeams, createTeam } from '$lib/server/teams';
import type { Actions, PageServerLoad } from './$types';

const NewTeam = v.object({
	name: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('teams.nameRequired'),
		v.maxLength(120, 'teams.nameTooLong')
	),
	description: v.optional(v.pipe(v.string(), v.maxLength(1000, 'errors.tooLong')), '')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	if (!(await canCreateTeams(await sql(), locals.user))) error(403, locals.t('teams.cannotCreate'));
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		if (!locals.user) redirect(303, '/login');
		const parsed = await parseForm(request, NewTeam, locals.t);
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			id = await createTeam(await sql(), locals.user, parsed.data);
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
		redirect(303, `/teams/${id}`);
	}
};

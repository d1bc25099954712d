import { redirect } from '@sveltejs/kit';
import { sql } from '$lib/server/db';
import { canCreateTeams, listTeamsForUser } from '$lib/server/teams';
import { hasAnyUser } from '$lib/server/users';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await sql();
	if (!locals.user) {
		redirect(303, (await hasAnyUser(db)) ? '/login' : '/setup');
	}
	return {
		teams: await listTeamsForUser(db, locals.user),
		canCreateTeams: await canCreateTeams(db, locals.user)
	};
};

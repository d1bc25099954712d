import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { sql } from '$lib/server/db';
import { Refusal } from '$lib/server/errors';
import { fields, parseForm, refuse } from '$lib/server/forms';
import { addMember, getTeam, isUuid, removeMember } from '$lib/server/teams';
import type { Actions, PageServerLoad } from './$types';

const Add = v.object({
	email: fields.email,
	role: v.picklist(['lead', 'member'], 'errors.badForm')
});
const Remove = v.object({ userId: v.pipe(v.string(), v.check(isUuid, 'errors.badForm')) });

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	try {
		return { team: await getTeam(await sql(), locals.user, params.id) };
	} catch (err) {
		if (err instanceof Refusal) error(err.status, locals.t(err.key));
		throw err;
	}
};

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		if (!locals.user) redirect(303, '/login');
		const parsed = await parseForm(request, Add, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await addMember(await sql(), locals.user, params.id, parsed.data);
			return { added: parsed.data.email };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	},
	remove: async ({ request, locals, params }) => {
		if (!locals.user) redirect(303, '/login');
		const parsed = await parseForm(request, Remove, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await removeMember(await sql(), locals.user, params.id, parsed.data.userId);
			return { removed: true };
		} catch (err) {
			return refuse(err, locals.t);
		}
	}
};

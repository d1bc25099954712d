import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { sql } from '$lib/server/db';
import { parseForm, refuse } from '$lib/server/forms';
import { createInvitation, listInvitations, revokeInvitation } from '$lib/server/invitations';
import { isUuid } from '$lib/server/teams';
import type { Actions, PageServerLoad } from './$types';

const Create = v.object({
	email: v.optional(
		v.union([
			v.literal(''),
			v.pipe(
				v.string(),
				v.trim(),
				v.maxLength(254, 'auth.emailInvalid'),
				v.email('auth.emailInvalid')
			)
		]),
		''
	),
	role: v.picklist(['staff', 'admin'], 'errors.badForm')
});
const Revoke = v.object({ id: v.pipe(v.string(), v.check(isUuid, 'errors.badForm')) });

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	if (!locals.user.isAdmin) error(403, locals.t('errors.forbidden'));
	const invitations = await listInvitations(await sql());
	return { invitations };
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		if (!locals.user) redirect(303, '/login');
		const parsed = await parseForm(request, Create, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			const inv = await createInvitation(await sql(), locals.user, {
				email: parsed.data.email || undefined,
				isAdmin: parsed.data.role === 'admin'
			});
			return { created: { link: `${url.origin}/invite/${inv.token}`, expiresAt: inv.expiresAt } };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	},
	revoke: async ({ request, locals }) => {
		if (!locals.user) redirect(303, '/login');
		const parsed = await parseForm(request, Revoke, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await revokeInvitation(await sql(), locals.user, parsed.data.id);
			return { revoked: true };
		} catch (err) {
			return refuse(err, locals.t);
		}
	}
};

import * as v from 'valibot';
import { COMMITMENT_STATUSES } from '$lib/protocol/meeting';
import { FAMILY_OWNERS, listCommitments, updateCommitmentStatus } from '$lib/server/commitments';
import { sql } from '$lib/server/db';
import { Refusal } from '$lib/server/errors';
import { familyAccess } from '$lib/server/family';
import { parseForm, refuse } from '$lib/server/forms';
import { commitmentFilter, todayIn } from '$lib/server/routes';
import { isUuid } from '$lib/server/teams';
import type { Actions, PageServerLoad } from './$types';

const Status = v.object({
	id: v.pipe(v.string(), v.check(isUuid, 'errors.badForm')),
	status: v.picklist(COMMITMENT_STATUSES, 'errors.badForm'),
	comment: v.optional(v.pipe(v.string(), v.maxLength(1000, 'errors.tooLong')), '')
});

export const load: PageServerLoad = async ({ params, locals, url, setHeaders }) => {
	// The link is the family's key: keep it out of caches and Referer headers.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const db = await sql();
	try {
		const access = await familyAccess(db, params.token);
		const today = todayIn(locals.timeZone);
		const filter = commitmentFilter(url);
		const all = await listCommitments(
			db,
			{ kind: 'student', studentId: access.studentId },
			filter,
			today,
			{ familyOnly: true }
		);
		return {
			problem: null,
			studentName: access.studentFirstName,
			today,
			filter,
			family: all.filter((c) => FAMILY_OWNERS.includes(c.owner.kind)),
			school: all.filter((c) => !FAMILY_OWNERS.includes(c.owner.kind))
		};
	} catch (err) {
		if (err instanceof Refusal)
			return {
				problem: locals.t(err.key),
				studentName: '',
				today: '',
				filter: 'open' as const,
				family: [],
				school: []
			};
		throw err;
	}
};

export const actions: Actions = {
	default: async ({ params, locals, request }) => {
		const parsed = await parseForm(request, Status, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			const db = await sql();
			const access = await familyAccess(db, params.token);
			await updateCommitmentStatus(
				db,
				{
					kind: 'family',
					studentId: access.studentId,
					name: access.label || locals.t('owners.family')
				},
				parsed.data.id,
				parsed.data
			);
			return { updated: parsed.data.id };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	}
};

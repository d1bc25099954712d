import * as v from 'valibot';
import { COMMITMENT_STATUSES } from '$lib/protocol/meeting';
import { getCommitment, updateCommitmentStatus } from '$lib/server/commitments';
import { sql } from '$lib/server/db';
import { parseForm, refuse } from '$lib/server/forms';
import { orError, requireUser, todayIn } from '$lib/server/routes';
import type { Actions, PageServerLoad } from './$types';

const Status = v.object({
	status: v.picklist(COMMITMENT_STATUSES, 'errors.badForm'),
	comment: v.optional(v.pipe(v.string(), v.maxLength(1000, 'errors.tooLong')), '')
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	return orError(locals.t, async () => ({
		...(await getCommitment(await sql(), user, params.id)),
		today: todayIn(locals.timeZone)
	}));
};

export const actions: Actions = {
	default: async ({ locals, params, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, Status, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateCommitmentStatus(await sql(), { kind: 'staff', user }, params.id, parsed.data);
			return { updated: true };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	}
};

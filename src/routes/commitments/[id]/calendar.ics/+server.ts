import { commitmentsToIcs, icsResponse } from '$lib/server/calendar';
import { getCommitment } from '$lib/server/commitments';
import { sql } from '$lib/server/db';
import { orError, requireUser } from '$lib/server/routes';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const { commitment } = await orError(locals.t, async () =>
		getCommitment(await sql(), user, params.id)
	);
	return icsResponse(
		commitmentsToIcs(locals.t, [commitment], locals.t('calendar.one'), url.host),
		'commitment.ics'
	);
};

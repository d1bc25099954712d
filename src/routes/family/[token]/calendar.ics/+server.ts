import { commitmentsToIcs, icsResponse } from '$lib/server/calendar';
import { listCommitments } from '$lib/server/commitments';
import { sql } from '$lib/server/db';
import { familyAccess } from '$lib/server/family';
import { orError, todayIn } from '$lib/server/routes';
import type { RequestHandler } from './$types';

/** The family's subscribable feed: everything the family link shows. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const db = await sql();
	const access = await orError(locals.t, () => familyAccess(db, params.token));
	const items = await listCommitments(
		db,
		{ kind: 'student', studentId: access.studentId },
		'all',
		todayIn(locals.timeZone),
		{
			familyOnly: true
		}
	);
	return icsResponse(
		commitmentsToIcs(
			locals.t,
			items,
			locals.t('calendar.family', { name: access.studentFirstName }),
			url.host
		),
		'family.ics'
	);
};

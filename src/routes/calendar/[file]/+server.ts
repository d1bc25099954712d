import { error } from '@sveltejs/kit';
import { commitmentsToIcs, icsResponse } from '$lib/server/calendar';
import { listCommitments } from '$lib/server/commitments';
import { sql } from '$lib/server/db';
import { calendarFeedUser } from '$lib/server/family';
import { orError, todayIn } from '$lib/server/routes';
import type { RequestHandler } from './$types';

/** A staff member's subscribable feed: /calendar/<token>.ics (calendar apps send no cookies). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const token = params.file.endsWith('.ics') ? params.file.slice(0, -4) : '';
	if (!token) error(404, locals.t('errors.notFound'));
	const db = await sql();
	const feed = await orError(locals.t, () => calendarFeedUser(db, token));
	const items = await listCommitments(
		db,
		{ kind: 'user', userId: feed.userId },
		'all',
		todayIn(locals.timeZone)
	);
	return icsResponse(
		commitmentsToIcs(locals.t, items, locals.t('calendar.mine'), url.host),
		'commitments.ics'
	);
};

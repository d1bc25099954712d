import { sql } from '$lib/server/db';
import { listCommitments } from '$lib/server/commitments';
import { createCalendarFeed } from '$lib/server/family';
import { mailerConfigured } from '$lib/server/reminders';
import { commitmentFilter, requireUser, todayIn } from '$lib/server/routes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const today = todayIn(locals.timeZone);
	const filter = commitmentFilter(url);
	return {
		today,
		filter,
		items: await listCommitments(await sql(), { kind: 'user', userId: user.id }, filter, today),
		remindersOn: mailerConfigured()
	};
};

export const actions: Actions = {
	feed: async ({ locals, url }) => {
		const user = requireUser(locals, url);
		const token = await createCalendarFeed(await sql(), user);
		return { feedUrl: `${url.origin}/calendar/${token}.ics` };
	}
};

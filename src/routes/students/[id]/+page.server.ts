import { sql } from '$lib/server/db';
import { listStudentMeetings } from '$lib/server/meetings';
import { orError, requireUser } from '$lib/server/routes';
import { getStudent } from '$lib/server/students';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const db = await sql();
	return orError(locals.t, async () => ({
		student: await getStudent(db, user, params.id),
		meetings: await listStudentMeetings(db, user, params.id)
	}));
};

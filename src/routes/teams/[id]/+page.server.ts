import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { sql } from '$lib/server/db';
import { fields, parseForm, refuse } from '$lib/server/forms';
import { listTeamMeetings } from '$lib/server/meetings';
import { listCommitments } from '$lib/server/commitments';
import { commitmentFilter, orError, requireUser, todayIn } from '$lib/server/routes';
import { createStudent, listStudents } from '$lib/server/students';
import { addMember, getTeam, isUuid, removeMember } from '$lib/server/teams';
import type { Actions, PageServerLoad } from './$types';

const Add = v.object({
	email: fields.email,
	role: v.picklist(['lead', 'member'], 'errors.badForm')
});
const Remove = v.object({ userId: v.pipe(v.string(), v.check(isUuid, 'errors.badForm')) });
const NewStudent = v.object({
	firstName: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('students.firstNameRequired'),
		v.maxLength(80, 'errors.tooLong')
	),
	lastName: v.optional(v.pipe(v.string(), v.maxLength(80, 'errors.tooLong')), ''),
	grade: v.optional(v.pipe(v.string(), v.maxLength(40, 'errors.tooLong')), ''),
	school: v.optional(v.pipe(v.string(), v.maxLength(120, 'errors.tooLong')), '')
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const db = await sql();
	return orError(locals.t, async () => ({
		team: await getTeam(db, user, params.id),
		students: await listStudents(db, user, params.id),
		meetings: await listTeamMeetings(db, user, params.id),
		today: todayIn(locals.timeZone),
		filter: commitmentFilter(url),
		commitments: await listCommitments(
			db,
			{ kind: 'team', teamId: params.id },
			commitmentFilter(url),
			todayIn(locals.timeZone)
		)
	}));
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
	},
	student: async ({ request, locals, params }) => {
		if (!locals.user) redirect(303, '/login');
		const parsed = await parseForm(request, NewStudent, locals.t);
		if (!parsed.ok) return { ...parsed.failure, studentForm: true };
		try {
			const s = await createStudent(await sql(), locals.user, params.id, parsed.data);
			return { studentAdded: s.firstName };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	}
};

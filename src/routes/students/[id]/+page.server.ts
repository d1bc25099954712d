import * as v from 'valibot';
import { listCommitments } from '$lib/server/commitments';
import { sql } from '$lib/server/db';
import { createFamilyLink, listFamilyLinks, revokeFamilyLink } from '$lib/server/family';
import { parseForm, refuse } from '$lib/server/forms';
import { listStudentMeetings } from '$lib/server/meetings';
import { commitmentFilter, orError, requireUser, todayIn } from '$lib/server/routes';
import { getStudent } from '$lib/server/students';
import { isUuid } from '$lib/server/teams';
import {
	addDataPoint,
	addGoals,
	deleteGoal,
	listGoals,
	updateGoalMeasures
} from '$lib/server/goals';
import { GOAL_AREAS } from '$lib/protocol/meeting';
import type { Actions, PageServerLoad } from './$types';

const NewLink = v.object({
	label: v.optional(v.pipe(v.string(), v.maxLength(100, 'errors.tooLong')), ''),
	email: v.optional(v.pipe(v.string(), v.maxLength(254, 'auth.emailInvalid')), '')
});
const LinkId = v.object({ id: v.pipe(v.string(), v.check(isUuid, 'errors.badForm')) });
const GoalId = v.pipe(v.string(), v.check(isUuid, 'errors.badForm'));
const NumberField = v.pipe(
	v.string(),
	v.trim(),
	v.check((x) => x === '' || Number.isFinite(Number(x)), 'goals.valueInvalid'),
	v.transform((x) => (x === '' ? null : Number(x)))
);
const DateField = v.union(
	[v.literal(''), v.pipe(v.string(), v.isoDate('errors.badForm'))],
	'errors.badForm'
);
const NewGoals = v.object({
	area: v.picklist(GOAL_AREAS, 'errors.badForm'),
	text: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('goals.textRequired'),
		v.maxLength(20_000, 'errors.tooLong')
	),
	reporting: v.optional(v.pipe(v.string(), v.maxLength(200, 'errors.tooLong')), '')
});
const Measures = v.object({
	goalId: GoalId,
	baseline: NumberField,
	target: NumberField,
	unit: v.optional(v.pipe(v.string(), v.maxLength(40, 'errors.tooLong')), ''),
	targetDate: DateField
});
const Point = v.object({
	goalId: GoalId,
	date: v.pipe(v.string(), v.isoDate('goals.dateInvalid')),
	value: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('goals.valueInvalid'),
		v.check((x) => Number.isFinite(Number(x)), 'goals.valueInvalid'),
		v.transform(Number)
	),
	note: v.optional(v.pipe(v.string(), v.maxLength(300, 'errors.tooLong')), '')
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const db = await sql();
	const today = todayIn(locals.timeZone);
	const filter = commitmentFilter(url);
	const owner = url.searchParams.get('owner') ?? '';
	return orError(locals.t, async () => {
		const student = await getStudent(db, user, params.id);
		const everyone = await listCommitments(
			db,
			{ kind: 'student', studentId: student.id },
			'all',
			today
		);
		return {
			student,
			meetings: await listStudentMeetings(db, user, params.id),
			today,
			filter,
			owner,
			owners: [...new Set(everyone.map((c) => c.owner.name))].sort(),
			commitments: await listCommitments(
				db,
				{ kind: 'student', studentId: student.id },
				filter,
				today,
				{ ownerName: owner || undefined }
			),
			familyLinks: await listFamilyLinks(db, user, params.id),
			goals: await listGoals(db, user, params.id)
		};
	});
};

export const actions: Actions = {
	goals: async ({ locals, params, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, NewGoals, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			return { goalsAdded: await addGoals(await sql(), user, params.id, parsed.data) };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	},
	measures: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, Measures, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateGoalMeasures(await sql(), user, parsed.data.goalId, {
				...parsed.data,
				targetDate: parsed.data.targetDate || null
			});
			return { goalSaved: parsed.data.goalId };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	},
	point: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, Point, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await addDataPoint(await sql(), user, parsed.data.goalId, parsed.data);
			return { pointAdded: parsed.data.goalId };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	},
	deleteGoal: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, v.object({ goalId: GoalId }), locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteGoal(await sql(), user, parsed.data.goalId);
			return { goalDeleted: true };
		} catch (err) {
			return refuse(err, locals.t);
		}
	},
	familyLink: async ({ locals, params, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, NewLink, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			const link = await createFamilyLink(await sql(), user, params.id, parsed.data);
			return { familyLink: `${url.origin}/family/${link.token}` };
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
	},
	revokeFamilyLink: async ({ locals, params, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, LinkId, locals.t);
		if (!parsed.ok) return parsed.failure;
		try {
			await revokeFamilyLink(await sql(), user, params.id, parsed.data.id);
			return { revoked: true };
		} catch (err) {
			return refuse(err, locals.t);
		}
	}
};

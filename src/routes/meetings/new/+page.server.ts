import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { sql } from '$lib/server/db';
import { parseForm, refuse } from '$lib/server/forms';
import { createMeeting } from '$lib/server/meetings';
import { orError, requireUser } from '$lib/server/routes';
import { listStudents } from '$lib/server/students';
import { getTeam, isUuid } from '$lib/server/teams';
import { BUILTIN_TEMPLATES, listTeamTemplates } from '$lib/server/templates';
import type { Actions, PageServerLoad } from './$types';

const NewMeeting = v.object({
	teamId: v.pipe(v.string(), v.check(isUuid, 'errors.badForm')),
	studentId: v.optional(v.string(), ''),
	title: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('meetings.titleRequired'),
		v.maxLength(200, 'errors.tooLong')
	),
	template: v.pipe(v.string(), v.nonEmpty('errors.badForm')),
	date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'meetings.whenInvalid')),
	time: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/, 'meetings.whenInvalid')),
	tzOffset: v.optional(v.pipe(v.string(), v.regex(/^-?\d{0,4}$/, 'errors.badForm')), ''),
	duration: v.pipe(
		v.string(),
		v.transform(Number),
		v.integer('meetings.durationInvalid'),
		v.minValue(5, 'meetings.durationInvalid'),
		v.maxValue(600, 'meetings.durationInvalid')
	),
	location: v.optional(v.pipe(v.string(), v.maxLength(200, 'errors.tooLong')), ''),
	videoLink: v.optional(v.pipe(v.string(), v.maxLength(500, 'errors.tooLong')), '')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const teamId = url.searchParams.get('team') ?? '';
	const db = await sql();
	return orError(locals.t, async () => {
		const team = await getTeam(db, user, teamId);
		return {
			team: { id: team.id, name: team.name },
			students: await listStudents(db, user, teamId),
			studentId: url.searchParams.get('student') ?? '',
			builtin: BUILTIN_TEMPLATES.map((tpl) => ({
				id: tpl.id,
				name: locals.t(tpl.name),
				kind: tpl.kind,
				minutes: tpl.items.reduce((s, i) => s + i.minutes, 0)
			})),
			own: (await listTeamTemplates(db, user, teamId)).map((tpl) => ({
				id: tpl.id,
				name: tpl.name,
				kind: tpl.kind,
				minutes: tpl.items.reduce((s, i) => s + i.minutes, 0)
			}))
		};
	});
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const user = requireUser(locals, url);
		const parsed = await parseForm(request, NewMeeting, locals.t);
		if (!parsed.ok) return parsed.failure;
		const d = parsed.data;
		// The browser sends its UTC offset so "9:00" means 9:00 where the person is.
		const local = Date.parse(`${d.date}T${d.time}:00Z`);
		const offset =
			d.tzOffset === '' ? new Date(local).getTimezoneOffset() : Number(d.tzOffset) || 0;
		const startsAt = new Date(local + Math.max(-840, Math.min(840, offset)) * 60_000);
		let id: string;
		try {
			id = await createMeeting(
				await sql(),
				user,
				{
					teamId: d.teamId,
					studentId: d.studentId || null,
					title: d.title,
					startsAt,
					durationMinutes: d.duration,
					location: d.location,
					videoLink: d.videoLink,
					template: d.template
				},
				locals.locale
			);
		} catch (err) {
			return refuse(err, locals.t, parsed.form);
		}
		redirect(303, `/meetings/${id}`);
	}
};

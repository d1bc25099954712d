import * as v from 'valibot';
import { listCommitments } from '$lib/server/commitments';
import { sql } from '$lib/server/db';
import { createFamilyLink, listFamilyLinks, revokeFamilyLink } from '$lib/server/family';
import { parseForm, refuse } from '$lib/server/forms';
import { listStudentMeetings } from '$lib/server/meetings';
import { commitmentFilter, orError, requireUser, todayIn } from '$lib/server/routes';
import { getStudent } from '$lib/server/students';
import { isUuid } from '$lib/server/teams';
import type { Actions, PageServerLoad } from './$types';

const NewLink = v.object({
	label: v.optional(v.pipe(v.string(), v.maxLength(100, 'errors.tooLong')), ''),
	email: v.optional(v.pipe(v.string(), v.maxLength(254, 'auth.emailInvalid')), '')
});
const LinkId = v.object({ id: v.pipe(v.string(), v.check(isUuid, 'errors.badForm')) });

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
			familyLinks: await listFamilyLinks(db, user, params.id)
		};
	});
};

export const actions: Actions = {
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

import type postgres from 'postgres';
import { createTranslator } from '../i18n';
import type {
	AgendaItem,
	ItemInput,
	MeetingAction,
	MeetingKind,
	MeetingRole,
	MeetingSnapshot,
	Permissions,
	Viewer
} from '../protocol/meeting';
import { LIMITS } from '../protocol/meeting';
import { actorKey, actorName, type Actor } from './actors';
import { countRows, type Sql } from './db';
import { Refusal } from './errors';
import { getStudent } from './students';
import { getTeam, isUuid } from './teams';
import { BUILTIN_TEMPLATES, listTeamTemplates } from './templates';
import {
	addActionItem,
	carryOver,
	commitActionItems,
	deleteActionItem,
	meetingActionItems,
	reviewedCommitments,
	updateActionItem,
	updateCommitmentStatus
} from './commitments';
import type { Translate } from '../i18n';
import { askQuestion, goalsOf, questionRows, redactQuestions } from './goals';
import type { User } from './users';

export interface MeetingAccess {
	meetingId: string;
	teamId: string;
	role: MeetingRole;
	viewer: Viewer;
}

/** The role table of docs/permissions.md, as code. */
export function permissionsFor(role: MeetingRole, isAdmin: boolean): Permissions {
	const staff = role === 'facilitator' || role === 'staff';
	return {
		editAgenda: staff,
		drive: role === 'facilitator',
		manageGuests: role === 'facilitator' || (staff && isAdmin),
		handOff: role === 'facilitator' || (staff && isAdmin),
		propose: role === 'guest'
	};
}

/**
 * What this actor may do in this meeting. A meeting the actor may not see is "not found" (never
 * "forbidden"), so ids of other meetings reveal nothing.
 */
export async function meetingAccess(
	sql: Sql,
	actor: Actor,
	meetingId: string
): Promise<MeetingAccess> {
	if (!isUuid(meetingId)) throw new Refusal('errors.notFound', {}, 404);
	const [m] = await sql<{ teamId: string; facilitatorId: string }[]>`
		select team_id as "teamId", facilitator_id as "facilitatorId" from meetings where id = ${meetingId}`;
	if (!m) throw new Refusal('errors.notFound', {}, 404);
	let role: MeetingRole;
	let isAdmin = false;
	if (actor.kind === 'staff') {
		isAdmin = actor.user.isAdmin;
		if (m.facilitatorId === actor.user.id) role = 'facilitator';
		else {
			const [member] = await sql`
				select 1 from team_members where team_id = ${m.teamId} and user_id = ${actor.user.id}`;
			if (!member && !isAdmin) throw new Refusal('errors.notFound', {}, 404);
			role = 'staff';
		}
	} else {
		if (actor.guest.meetingId !== meetingId) throw new Refusal('errors.notFound', {}, 404);
		// Re-read: the facilitator may have admitted, denied or revoked this guest since the cookie was checked.
		const [g] = await sql<{ status: string; role: string }[]>`
			select g.status, l.role from guests g join join_links l on l.id = g.link_id
			where g.id = ${actor.guest.id} and l.revoked_at is null and l.expires_at > now()`;
		if (!g || g.status === 'removed' || g.status === 'denied')
			throw new Refusal('guest.removed', {}, 403);
		if (g.status === 'waiting') throw new Refusal('lobby.waiting', {}, 403);
		role = g.role === 'observer' ? 'observer' : 'guest';
	}
	return {
		meetingId,
		teamId: m.teamId,
		role,
		viewer: {
			key: actorKey(actor),
			name: actorName(actor),
			role,
			isAdmin,
			can: permissionsFor(role, isAdmin)
		}
	};
}

export interface NewMeeting {
	teamId: string;
	studentId?: string | null;
	/** Defaults to the template's kind. */
	kind?: MeetingKind;
	title: string;
	startsAt: Date;
	durationMinutes: number;
	location?: string;
	videoLink?: string;
	/** A built-in template id, or the uuid of one of the team's templates. */
	template: string;
}

/** Creates a meeting for a team, with the creator as facilitator and the template's agenda. */
export async function createMeeting(
	sql: postgres.Sql,
	by: User,
	input: NewMeeting,
	locale: string
): Promise<string> {
	await getTeam(sql, by, input.teamId);
	if (input.studentId) {
		const student = await getStudent(sql, by, input.studentId);
		if (student.teamId !== input.teamId) throw new Refusal('errors.notFound', {}, 404);
	}
	const title = input.title.trim().slice(0, LIMITS.title);
	if (!title) throw new Refusal('meetings.titleRequired');
	if (Number.isNaN(input.startsAt.getTime())) throw new Refusal('meetings.whenInvalid');
	if (input.videoLink && !/^https?:\/\//i.test(input.videoLink))
		throw new Refusal('meetings.videoLinkInvalid');
	const { kind, items } = await templateItems(sql, by, input.teamId, input.template, locale);
	return sql.begin(async (tx) => {
		const [m] = await tx<{ id: string }[]>`
			insert into meetings (team_id, student_id, kind, title, starts_at, duration_minutes, location,
				video_link, facilitator_id, created_by)
			values (${input.teamId}, ${input.studentId ?? null}, ${input.kind ?? kind}, ${title}, ${input.startsAt},
				${input.durationMinutes}, ${(input.location ?? '').trim().slice(0, 200)},
				${(input.videoLink ?? '').trim().slice(0, 500)}, ${by.id}, ${by.id})
			returning id`;
		for (const [position, item] of items.entries()) await insertItem(tx, m!.id, position, item);
		// Open commitments come back to the table, right after the first item.
		const carried = await carryOver(tx, m!.id, {
			teamId: input.teamId,
			studentId: input.studentId ?? null
		});
		if (carried > 0) {
			const t = createTranslator(locale);
			const at = Math.min(1, items.length);
			await tx`update agenda_items set position = position + 1 where meeting_id = ${m!.id} and position >= ${at}`;
			const minutes = Math.min(15, 3 + carried * 2);
			await insertItem(tx, m!.id, at, {
				special: 'review_commitments',
				title: t('templates.item.reviewCommitments'),
				description: t('templates.item.reviewCommitmentsDesc', { count: carried }),
				minutes,
				presenter: '',
				kind: 'discussion'
			});
			// The meeting grows by the review's time, so it does not start out over time.
			await tx`update meetings set duration_minutes = least(600, duration_minutes + ${minutes}) where id = ${m!.id}`;
		}
		return m!.id;
	});
}

async function templateItems(
	sql: Sql,
	by: User,
	teamId: string,
	template: string,
	locale: string
): Promise<{ kind: MeetingKind; items: NewItem[] }> {
	const builtin = BUILTIN_TEMPLATES.find((t) => t.id === template);
	if (builtin) {
		const t = createTranslator(locale);
		return {
			kind: builtin.kind,
			items: builtin.items.map((i) => ({
				special: i.special ?? null,
				title: t(i.title),
				description: i.description ? t(i.description) : '',
				minutes: i.minutes,
				presenter: '',
				kind: i.kind
			}))
		};
	}
	const own = (await listTeamTemplates(sql, by, teamId)).find((t) => t.id === template);
	if (!own) throw new Refusal('meetings.templateUnknown');
	return { kind: own.kind, items: own.items };
}

type NewItem = ItemInput & {
	special?: 'action_items' | 'review_commitments' | 'goals_review' | null;
};

async function insertItem(
	sql: Sql,
	meetingId: string,
	position: number,
	item: NewItem
): Promise<string> {
	const [row] = await sql<{ id: string }[]>`
		insert into agenda_items (meeting_id, position, title, description, minutes, presenter, kind, special)
		values (${meetingId}, ${position}, ${item.title}, ${item.description}, ${item.minutes},
			${item.presenter}, ${item.kind}, ${item.special ?? null})
		returning id`;
	return row!.id;
}

export interface MeetingListEntry {
	id: string;
	title: string;
	kind: MeetingKind;
	status: MeetingSnapshot['status'];
	startsAt: Date;
	studentName: string | null;
	facilitatorName: string;
}

/** Meetings of a team, or of one student, newest first; callers have checked access. */
function meetingList(sql: Sql, where: { teamId: string } | { studentId: string }) {
	return sql<MeetingListEntry[]>`
		select m.id, m.title, m.kind, m.status, m.starts_at as "startsAt",
			nullif(trim(s.first_name || ' ' || s.last_name), '') as "studentName", u.name as "facilitatorName"
		from meetings m join users u on u.id = m.facilitator_id left join students s on s.id = m.student_id
		where ${'teamId' in where ? sql`m.team_id = ${where.teamId}` : sql`m.student_id = ${where.studentId}`}
		order by m.starts_at desc limit 200`;
}

export async function listTeamMeetings(
	sql: Sql,
	by: User,
	teamId: string
): Promise<MeetingListEntry[]> {
	await getTeam(sql, by, teamId);
	return meetingList(sql, { teamId });
}

export async function listStudentMeetings(
	sql: Sql,
	by: User,
	studentId: string
): Promise<MeetingListEntry[]> {
	await getStudent(sql, by, studentId);
	return meetingList(sql, { studentId });
}

/** The meeting as every participant sees it. Holds nothing a guest may not see. */
export async function getSnapshot(sql: Sql, meetingId: string): Promise<MeetingSnapshot> {
	const [m] = await sql<
		{
			id: string;
			version: number;
			title: string;
			kind: MeetingKind;
			status: MeetingSnapshot['status'];
			startsAt: Date;
			durationMinutes: number;
			location: string;
			videoLink: string;
			facilitatorId: string;
			facilitatorName: string;
			currentItemId: string | null;
			timerDurationMs: number;
			timerElapsedMs: number;
			timerRunningSince: Date | null;
			startedAt: Date | null;
			endedAt: Date | null;
			studentFirstName: string | null;
			studentGrade: string | null;
			studentSchool: string | null;
			guestsCanEditNotes: boolean;
			studentId: string | null;
			spotlightKind: 'goal' | 'question' | null;
			spotlightId: string | null;
		}[]
	>`
		select m.id, m.version, m.title, m.kind, m.status, m.starts_at as "startsAt",
			m.duration_minutes as "durationMinutes", m.location, m.video_link as "videoLink",
			m.facilitator_id as "facilitatorId", u.name as "facilitatorName", m.current_item_id as "currentItemId",
			m.timer_duration_ms as "timerDurationMs", m.timer_elapsed_ms as "timerElapsedMs",
			m.timer_running_since as "timerRunningSince", m.started_at as "startedAt", m.ended_at as "endedAt",
			s.first_name as "studentFirstName", s.grade as "studentGrade", s.school as "studentSchool",
			m.guests_can_edit_notes as "guestsCanEditNotes", m.student_id as "studentId",
			m.spotlight_kind as "spotlightKind", m.spotlight_id as "spotlightId"
		from meetings m join users u on u.id = m.facilitator_id left join students s on s.id = m.student_id
		where m.id = ${meetingId}`;
	if (!m) throw new Refusal('errors.notFound', {}, 404);
	const items = await sql<
		(Omit<AgendaItem, 'decision'> & {
			decision: string | null;
			agreedBy: string | null;
			decidedAt: Date | null;
		})[]
	>`
		select id, special, position, title, description, minutes, presenter, kind, decision,
			decision_agreed_by as "agreedBy", decided_at as "decidedAt",
			guests_can_edit_notes as "guestsCanEditNotes"
		from agenda_items where meeting_id = ${meetingId} order by position`;
	return {
		id: m.id,
		version: m.version,
		title: m.title,
		kind: m.kind,
		status: m.status,
		startsAt: m.startsAt.toISOString(),
		durationMinutes: m.durationMinutes,
		location: m.location,
		videoLink: m.videoLink,
		student: m.studentFirstName
			? {
					firstName: m.studentFirstName,
					grade: m.studentGrade ?? '',
					school: m.studentSchool ?? ''
				}
			: null,
		facilitator: { id: m.facilitatorId, name: m.facilitatorName },
		currentItemId: m.currentItemId,
		timer: {
			durationMs: m.timerDurationMs,
			elapsedMs: m.timerElapsedMs,
			runningSince: m.timerRunningSince?.toISOString() ?? null
		},
		items: items.map(({ decision, agreedBy, decidedAt, ...item }) => ({
			...item,
			decision:
				decision !== null
					? { text: decision, agreedBy: agreedBy ?? '', at: decidedAt!.toISOString() }
					: null
		})),
		guestsCanEditNotes: m.guestsCanEditNotes,
		actionItems: await meetingActionItems(sql, meetingId),
		reviewing: await reviewedCommitments(sql, meetingId),
		goals: m.studentId ? await goalsOf(sql, m.studentId) : [],
		spotlight:
			m.spotlightKind && m.spotlightId ? { kind: m.spotlightKind, id: m.spotlightId } : null,
		spotlightQuestion:
			m.spotlightKind === 'question'
				? (redactQuestions(
						(await questionRows(sql, meetingId)).filter((q) => q.id === m.spotlightId),
						{ key: null, staff: false }
					)[0] ?? null)
				: null,
		startedAt: m.startedAt?.toISOString() ?? null,
		endedAt: m.endedAt?.toISOString() ?? null
	};
}

/** What else an action changed, beyond the snapshot, for the realtime layer to announce. */
export interface ActionEffects {
	lobbyChanged?: boolean;
	proposalsChanged?: boolean;
	guestStatus?: { guestId: string; status: 'admitted' | 'denied' };
	facilitatorChanged?: boolean;
	notesPermissionsChanged?: boolean;
	/** The guest whose proposal was accepted or dismissed. */
	proposalGuestId?: string | null;
	questionsChanged?: boolean;
}

// null: the domain function decides (a commitment's owner may update it, staff or family).
const NEEDS: Record<MeetingAction['type'], keyof Permissions | null> = {
	'agenda.add': 'editAgenda',
	'agenda.update': 'editAgenda',
	'agenda.delete': 'editAgenda',
	'agenda.move': 'editAgenda',
	'agenda.decide': 'drive',
	'meeting.start': 'drive',
	'meeting.end': 'drive',
	'meeting.goto': 'drive',
	'timer.start': 'drive',
	'timer.pause': 'drive',
	'timer.reset': 'drive',
	'timer.add': 'drive',
	'meeting.handoff': 'handOff',
	'guest.admit': 'manageGuests',
	'guest.deny': 'manageGuests',
	'proposal.accept': 'editAgenda',
	'proposal.dismiss': 'editAgenda',
	'notes.guests': 'drive',
	'action.add': 'editAgenda',
	'action.update': 'editAgenda',
	'action.delete': 'editAgenda',
	'commitment.status': null,
	'question.ask': null,
	'question.answer': 'drive',
	'spotlight.set': 'drive'
};

interface LockedMeeting {
	status: MeetingSnapshot['status'];
	currentItemId: string | null;
	teamId: string;
	timerElapsedMs: number;
	timerRunningSince: Date | null;
}

/**
 * Applies one validated action: permission check, then every write in one transaction that holds the
 * meeting row and bumps its version. Returns the new snapshot to broadcast.
 */
export async function applyAction(
	sql: postgres.Sql,
	actor: Actor,
	meetingId: string,
	action: MeetingAction,
	now = Date.now(),
	t: Translate = createTranslator('en')
): Promise<{ snapshot: MeetingSnapshot; effects: ActionEffects }> {
	return sql.begin(async (tx) => {
		const [m] = await tx<LockedMeeting[]>`
			select status, current_item_id as "currentItemId", team_id as "teamId",
				timer_elapsed_ms as "timerElapsedMs", timer_running_since as "timerRunningSince"
			from meetings where id = ${isUuid(meetingId) ? meetingId : null} for update`;
		if (!m) throw new Refusal('errors.notFound', {}, 404);
		const access = await meetingAccess(tx, actor, meetingId);
		const needs = NEEDS[action.type];
		if (needs && !access.viewer.can[needs]) throw new Refusal('errors.forbidden', {}, 403);
		if (!needs && access.role === 'observer') throw new Refusal('errors.forbidden', {}, 403);
		if (
			m.status === 'ended' &&
			!action.type.startsWith('guest.') &&
			action.type !== 'meeting.handoff'
		) {
			throw new Refusal('meetings.ended', {}, 409);
		}
		const effects = await perform(tx, actor, meetingId, m, action, now, t);
		await tx`update meetings set version = version + 1 where id = ${meetingId}`;
		return { snapshot: await getSnapshot(tx, meetingId), effects };
	});
}

async function requireItem(
	sql: Sql,
	meetingId: string,
	itemId: string
): Promise<{ minutes: number }> {
	const [item] = await sql<{ minutes: number }[]>`
		select minutes from agenda_items where id = ${itemId} and meeting_id = ${meetingId}`;
	if (!item) throw new Refusal('errors.notFound', {}, 404);
	return item;
}

async function setCurrentItem(
	sql: Sql,
	meetingId: string,
	itemId: string | null,
	running: boolean,
	now: number
) {
	const minutes = itemId ? (await requireItem(sql, meetingId, itemId)).minutes : 0;
	await sql`
		update meetings set current_item_id = ${itemId}, timer_duration_ms = ${minutes * 60_000},
			timer_elapsed_ms = 0, timer_running_since = ${running && itemId ? new Date(now) : null}
		where id = ${meetingId}`;
}

function elapsedAt(m: LockedMeeting, now: number): number {
	return (
		m.timerElapsedMs + (m.timerRunningSince ? Math.max(0, now - m.timerRunningSince.getTime()) : 0)
	);
}

async function perform(
	tx: Sql,
	actor: Actor,
	meetingId: string,
	m: LockedMeeting,
	action: MeetingAction,
	now: number,
	t: Translate
): Promise<ActionEffects> {
	const ownerNames = { family: t('owners.family'), school_team: t('owners.schoolTeam') };
	switch (action.type) {
		case 'action.add':
			await addActionItem(tx, actor, meetingId, action.action, ownerNames);
			return {};
		case 'action.update':
			await updateActionItem(tx, meetingId, action.actionId, action.patch, ownerNames);
			return {};
		case 'action.delete':
			await deleteActionItem(tx, meetingId, action.actionId);
			return {};
		case 'question.ask':
			await askQuestion(tx, actor, meetingId, action);
			return { questionsChanged: true };
		case 'question.answer': {
			const [q] = await tx`
				update questions set status = 'answered', answered_at = ${new Date(now)}
				where id = ${action.questionId} and meeting_id = ${meetingId} returning id`;
			if (!q) throw new Refusal('errors.notFound', {}, 404);
			await tx`
				update meetings set spotlight_kind = null, spotlight_id = null
				where id = ${meetingId} and spotlight_id = ${action.questionId}`;
			return { questionsChanged: true };
		}
		case 'spotlight.set': {
			const sp = action.spotlight;
			if (sp?.kind === 'goal') {
				const [g] = await tx`
					select 1 from goals g join meetings m on m.student_id = g.student_id
					where m.id = ${meetingId} and g.id = ${sp.id}`;
				if (!g) throw new Refusal('errors.notFound', {}, 404);
			} else if (sp?.kind === 'question') {
				const [q] =
					await tx`select 1 from questions where id = ${sp.id} and meeting_id = ${meetingId}`;
				if (!q) throw new Refusal('errors.notFound', {}, 404);
			}
			await tx`
				update meetings set spotlight_kind = ${sp?.kind ?? null}, spotlight_id = ${sp?.id ?? null}
				where id = ${meetingId}`;
			return {};
		}
		case 'commitment.status': {
			const [reviewed] = await tx`
				select 1 from meeting_reviews where meeting_id = ${meetingId} and action_item_id = ${action.actionId}`;
			if (!reviewed) throw new Refusal('errors.notFound', {}, 404);
			await updateCommitmentStatus(tx, actor, action.actionId, {
				status: action.status,
				comment: action.comment
			});
			return {};
		}
		case 'agenda.add': {
			const n = await countRows(tx`
				select count(*)::int as n from agenda_items where meeting_id = ${meetingId}`);
			if (n >= LIMITS.items) throw new Refusal('agenda.tooMany', { max: LIMITS.items });
			await insertItem(tx, meetingId, n, action.item);
			return {};
		}
		case 'agenda.update': {
			await requireItem(tx, meetingId, action.itemId);
			const p = action.patch;
			await tx`
				update agenda_items set
					title = coalesce(${p.title ?? null}, title),
					description = coalesce(${p.description ?? null}, description),
					minutes = coalesce(${p.minutes ?? null}, minutes),
					presenter = coalesce(${p.presenter ?? null}, presenter),
					kind = coalesce(${p.kind ?? null}, kind)
				where id = ${action.itemId}`;
			if (p.minutes !== undefined && m.currentItemId === action.itemId) {
				await tx`update meetings set timer_duration_ms = ${p.minutes * 60_000} where id = ${meetingId}`;
			}
			return {};
		}
		case 'agenda.delete': {
			await requireItem(tx, meetingId, action.itemId);
			await tx`delete from agenda_items where id = ${action.itemId}`;
			await renumber(tx, meetingId);
			if (m.currentItemId === action.itemId) await setCurrentItem(tx, meetingId, null, false, now);
			return {};
		}
		case 'agenda.move': {
			await requireItem(tx, meetingId, action.itemId);
			const ids = (
				await tx<{ id: string }[]>`
				select id from agenda_items where meeting_id = ${meetingId} order by position`
			).map((r) => r.id);
			const from = ids.indexOf(action.itemId);
			ids.splice(from, 1);
			ids.splice(Math.min(action.toIndex, ids.length), 0, action.itemId);
			await renumber(tx, meetingId, ids);
			return {};
		}
		case 'agenda.decide': {
			await requireItem(tx, meetingId, action.itemId);
			const text = action.decision || null;
			await tx`
				update agenda_items set decision = ${text}, decision_agreed_by = ${text ? action.agreedBy : null},
					decided_at = ${text ? new Date(now) : null},
					decided_by = ${text && actor.kind === 'staff' ? actor.user.id : null}
				where id = ${action.itemId}`;
			return {};
		}
		case 'meeting.start': {
			if (m.status !== 'scheduled') throw new Refusal('meetings.alreadyStarted', {}, 409);
			await tx`update meetings set status = 'live', started_at = ${new Date(now)} where id = ${meetingId}`;
			const [first] = await tx<{ id: string }[]>`
				select id from agenda_items where meeting_id = ${meetingId} order by position limit 1`;
			await setCurrentItem(tx, meetingId, first?.id ?? null, true, now);
			return {};
		}
		case 'meeting.end': {
			if (m.status !== 'live') throw new Refusal('meetings.notLive', {}, 409);
			await commitActionItems(tx, meetingId);
			await tx`
				update meetings set status = 'ended', ended_at = ${new Date(now)},
					timer_elapsed_ms = ${Math.round(elapsedAt(m, now))}, timer_running_since = null
				where id = ${meetingId}`;
			return {};
		}
		case 'meeting.goto': {
			await requireItem(tx, meetingId, action.itemId);
			if (m.status !== 'live') throw new Refusal('meetings.notLive', {}, 409);
			await setCurrentItem(tx, meetingId, action.itemId, true, now);
			return {};
		}
		case 'timer.start': {
			if (!m.currentItemId) throw new Refusal('timer.noItem', {}, 409);
			if (!m.timerRunningSince) {
				await tx`update meetings set timer_running_since = ${new Date(now)} where id = ${meetingId}`;
			}
			return {};
		}
		case 'timer.pause': {
			if (m.timerRunningSince) {
				await tx`
					update meetings set timer_elapsed_ms = ${Math.round(elapsedAt(m, now))}, timer_running_since = null
					where id = ${meetingId}`;
			}
			return {};
		}
		case 'timer.reset': {
			await setCurrentItem(tx, meetingId, m.currentItemId, false, now);
			return {};
		}
		case 'timer.add': {
			if (!m.currentItemId) throw new Refusal('timer.noItem', {}, 409);
			await tx`
				update meetings set timer_duration_ms = timer_duration_ms + ${action.minutes * 60_000}
				where id = ${meetingId}`;
			return {};
		}
		case 'meeting.handoff': {
			const [target] = await tx`
				select 1 from team_members where team_id = ${m.teamId} and user_id = ${action.userId}`;
			if (!target) throw new Refusal('meetings.handoffNotStaff');
			await tx`update meetings set facilitator_id = ${action.userId} where id = ${meetingId}`;
			return { facilitatorChanged: true };
		}
		case 'guest.admit':
		case 'guest.deny': {
			const status = action.type === 'guest.admit' ? 'admitted' : 'denied';
			const [g] = await tx`
				update guests set status = ${status}, admitted_at = ${status === 'admitted' ? new Date(now) : null}
				where id = ${action.guestId} and meeting_id = ${meetingId} and status in ('waiting', 'admitted')
				returning id`;
			if (!g) throw new Refusal('errors.notFound', {}, 404);
			return { lobbyChanged: true, guestStatus: { guestId: action.guestId, status } };
		}
		case 'notes.guests': {
			if (action.itemId) {
				await requireItem(tx, meetingId, action.itemId);
				await tx`update agenda_items set guests_can_edit_notes = ${action.allowed} where id = ${action.itemId}`;
			} else {
				await tx`update meetings set guests_can_edit_notes = ${action.allowed} where id = ${meetingId}`;
			}
			return { notesPermissionsChanged: true };
		}
		case 'proposal.accept':
		case 'proposal.dismiss': {
			const [p] = await tx<
				{ text: string; authorName: string; kind: 'concern' | 'question'; guestId: string | null }[]
			>`
				update proposals set status = ${action.type === 'proposal.accept' ? 'accepted' : 'dismissed'}
				where id = ${action.proposalId} and meeting_id = ${meetingId} and status = 'proposed'
				returning text, author_name as "authorName", kind, guest_id as "guestId"`;
			if (!p) throw new Refusal('errors.notFound', {}, 404);
			if (action.type === 'proposal.accept') {
				const n = await countRows(tx`
					select count(*)::int as n from agenda_items where meeting_id = ${meetingId}`);
				if (n >= LIMITS.items) throw new Refusal('agenda.tooMany', { max: LIMITS.items });
				const title = p.text.length > 80 ? `${p.text.slice(0, 77).trimEnd()}…` : p.text;
				await insertItem(tx, meetingId, n, {
					title,
					description: p.text,
					minutes: 5,
					presenter: p.authorName,
					kind: 'discussion'
				});
			}
			return { proposalsChanged: true, proposalGuestId: p.guestId };
		}
	}
}

async function renumber(sql: Sql, meetingId: string, order?: string[]): Promise<void> {
	const ids =
		order ??
		(
			await sql<{ id: string }[]>`
			select id from agenda_items where meeting_id = ${meetingId} order by position`
		).map((r) => r.id);
	for (const [position, id] of ids.entries()) {
		await sql`update agenda_items set position = ${position} where id = ${id}`;
	}
}

export interface StaffOption {
	id: string;
	name: string;
}

/** Staff who could take over facilitation: the meeting team's members. */
export async function listHandoffCandidates(sql: Sql, meetingId: string): Promise<StaffOption[]> {
	return sql<StaffOption[]>`
		select u.id, u.name from meetings m join team_members tm on tm.team_id = m.team_id
		join users u on u.id = tm.user_id where m.id = ${meetingId} order by lower(u.name)`;
}

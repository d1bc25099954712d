import type postgres from 'postgres';
import type { ActionInput, ActionItem, CommitmentStatus, OwnerKind } from '../protocol/meeting';
import { LIMITS } from '../protocol/meeting';
import { actorName, type Actor } from './actors';
import type { Sql } from './db';
import { Refusal } from './errors';
import { isUuid } from './teams';
import type { User } from './users';

/** Owners the family sees as theirs: a parent who was at the meeting, the family, the student. */
export const FAMILY_OWNERS: OwnerKind[] = ['guest', 'family', 'student'];

interface Row {
	id: string;
	meetingId: string;
	teamId: string;
	studentId: string | null;
	agendaItemId: string | null;
	what: string;
	ownerKind: OwnerKind;
	ownerUserId: string | null;
	ownerGuestId: string | null;
	ownerName: string;
	dueDate: string | null;
	familyVisible: boolean;
	status: CommitmentStatus;
	statusReason: string | null;
	committedAt: Date | null;
	carriedCount: number;
	updatedAt: Date;
}

const columns = (sql: Sql) => sql`
	a.id, a.meeting_id as "meetingId", a.team_id as "teamId", a.student_id as "studentId",
	a.agenda_item_id as "agendaItemId", a.what, a.owner_kind as "ownerKind", a.owner_user_id as "ownerUserId",
	a.owner_guest_id as "ownerGuestId", a.owner_name as "ownerName", to_char(a.due_date, 'YYYY-MM-DD') as "dueDate",
	a.family_visible as "familyVisible", a.status, a.status_reason as "statusReason",
	a.committed_at as "committedAt", a.carried_count as "carriedCount", a.updated_at as "updatedAt"`;

export function toActionItem(r: Row): ActionItem {
	return {
		id: r.id,
		agendaItemId: r.agendaItemId,
		what: r.what,
		owner: { kind: r.ownerKind, id: r.ownerUserId ?? r.ownerGuestId, name: r.ownerName },
		dueDate: r.dueDate,
		familyVisible: r.familyVisible,
		status: r.status,
		statusReason: r.statusReason,
		carriedCount: r.carriedCount
	};
}

export async function meetingActionItems(sql: Sql, meetingId: string): Promise<ActionItem[]> {
	const rows = await sql<Row[]>`
		select ${columns(sql)} from action_items a where a.meeting_id = ${meetingId} order by a.created_at`;
	return rows.map(toActionItem);
}

export async function reviewedCommitments(sql: Sql, meetingId: string): Promise<ActionItem[]> {
	const rows = await sql<Row[]>`
		select ${columns(sql)} from meeting_reviews r join action_items a on a.id = r.action_item_id
		where r.meeting_id = ${meetingId} order by a.due_date nulls last, a.created_at`;
	return rows.map(toActionItem);
}

/** Resolves and checks an owner for a meeting: staff of its team, a guest of it, or a group. */
async function resolveOwner(
	sql: Sql,
	meetingId: string,
	owner: ActionInput['owner'],
	names: Record<'family' | 'school_team', string>
): Promise<{ kind: OwnerKind; userId: string | null; guestId: string | null; name: string }> {
	switch (owner.kind) {
		case 'user': {
			const [u] = await sql<{ id: string; name: string }[]>`
				select u.id, u.name from meetings m join team_members tm on tm.team_id = m.team_id
				join users u on u.id = tm.user_id
				where m.id = ${meetingId} and u.id = ${owner.id ?? null}`;
			if (!u) throw new Refusal('actions.ownerUnknown');
			return { kind: 'user', userId: u.id, guestId: null, name: u.name };
		}
		case 'guest': {
			const [g] = await sql<{ id: string; name: string }[]>`
				select id, display_name as name from guests
				where meeting_id = ${meetingId} and id = ${owner.id ?? null} and status = 'admitted'`;
			if (!g) throw new Refusal('actions.ownerUnknown');
			return { kind: 'guest', userId: null, guestId: g.id, name: g.name };
		}
		case 'student': {
			const [s] = await sql<{ name: string | null }[]>`
				select s.first_name as name from meetings m join students s on s.id = m.student_id where m.id = ${meetingId}`;
			if (!s?.name) throw new Refusal('actions.ownerUnknown');
			return { kind: 'student', userId: null, guestId: null, name: s.name };
		}
		default:
			return { kind: owner.kind, userId: null, guestId: null, name: names[owner.kind] };
	}
}

export async function addActionItem(
	sql: Sql,
	actor: Actor,
	meetingId: string,
	input: ActionInput,
	names: Record<'family' | 'school_team', string>
): Promise<void> {
	const [{ n }] = (await sql<{ n: number }[]>`
		select count(*)::int as n from action_items where meeting_id = ${meetingId}`) as unknown as [
		{ n: number }
	];
	if (n >= LIMITS.actions) throw new Refusal('actions.tooMany', { max: LIMITS.actions });
	if (input.agendaItemId) {
		const [item] =
			await sql`select 1 from agenda_items where id = ${input.agendaItemId} and meeting_id = ${meetingId}`;
		if (!item) throw new Refusal('errors.notFound', {}, 404);
	}
	const owner = await resolveOwner(sql, meetingId, input.owner, names);
	await sql`
		insert into action_items (meeting_id, team_id, student_id, agenda_item_id, what, owner_kind, owner_user_id,
			owner_guest_id, owner_name, due_date, family_visible, created_by_name)
		select m.id, m.team_id, m.student_id, ${input.agendaItemId ?? null}, ${input.what}, ${owner.kind},
			${owner.userId}, ${owner.guestId}, ${owner.name}, ${input.dueDate || null}, ${input.familyVisible ?? true},
			${actorName(actor)}
		from meetings m where m.id = ${meetingId}`;
}

export async function updateActionItem(
	sql: Sql,
	meetingId: string,
	actionId: string,
	patch: Partial<ActionInput>,
	names: Record<'family' | 'school_team', string>
): Promise<void> {
	const [row] =
		await sql`select 1 from action_items where id = ${actionId} and meeting_id = ${meetingId}`;
	if (!row) throw new Refusal('errors.notFound', {}, 404);
	const owner = patch.owner ? await resolveOwner(sql, meetingId, patch.owner, names) : null;
	await sql`
		update action_items set
			what = coalesce(${patch.what ?? null}, what),
			due_date = case when ${patch.dueDate === undefined} then due_date else ${patch.dueDate || null}::date end,
			family_visible = coalesce(${patch.familyVisible ?? null}, family_visible),
			owner_kind = coalesce(${owner?.kind ?? null}, owner_kind),
			owner_user_id = case when ${owner === null} then owner_user_id else ${owner?.userId ?? null}::uuid end,
			owner_guest_id = case when ${owner === null} then owner_guest_id else ${owner?.guestId ?? null}::uuid end,
			owner_name = coalesce(${owner?.name ?? null}, owner_name),
			updated_at = now()
		where id = ${actionId}`;
}

export async function deleteActionItem(
	sql: Sql,
	meetingId: string,
	actionId: string
): Promise<void> {
	const [row] = await sql`
		delete from action_items where id = ${actionId} and meeting_id = ${meetingId} and committed_at is null
		returning id`;
	if (!row) throw new Refusal('errors.notFound', {}, 404);
}

/** When a meeting ends, its action items become commitments. */
export async function commitActionItems(sql: Sql, meetingId: string): Promise<void> {
	await sql`update action_items set committed_at = now() where meeting_id = ${meetingId} and committed_at is null`;
}

/**
 * A new meeting for the same student (or, without a student, the same team) reviews every open
 * commitment: it gets a "Review commitments" item, and each commitment counts one more carry-over.
 */
export async function carryOver(
	sql: Sql,
	meetingId: string,
	scope: { teamId: string; studentId: string | null }
): Promise<number> {
	const open = scope.studentId
		? await sql<{ id: string }[]>`
			select id from action_items where student_id = ${scope.studentId} and committed_at is not null
				and status in ('open', 'in_progress')`
		: await sql<{ id: string }[]>`
			select id from action_items where team_id = ${scope.teamId} and student_id is null
				and committed_at is not null and status in ('open', 'in_progress')`;
	for (const { id } of open) {
		await sql`insert into meeting_reviews (meeting_id, action_item_id) values (${meetingId}, ${id})`;
		await sql`update action_items set carried_count = carried_count + 1 where id = ${id}`;
	}
	return open.length;
}

export type CommitmentFilter = 'open' | 'due_week' | 'overdue' | 'done' | 'all';

export interface Commitment extends ActionItem {
	meetingId: string;
	meetingTitle: string;
	meetingDate: Date;
	studentName: string | null;
	studentId: string | null;
	teamId: string;
	updatedAt: Date;
}

type Scope =
	| { kind: 'user'; userId: string }
	| { kind: 'student'; studentId: string }
	| { kind: 'team'; teamId: string };

/** Commitments in a scope, filtered. `today` is the viewer's calendar day (YYYY-MM-DD). */
export async function listCommitments(
	sql: Sql,
	scope: Scope,
	filter: CommitmentFilter,
	today: string,
	opts: { ownerName?: string; familyOnly?: boolean } = {}
): Promise<Commitment[]> {
	const where =
		scope.kind === 'user'
			? sql`a.owner_user_id = ${scope.userId}`
			: scope.kind === 'student'
				? sql`a.student_id = ${scope.studentId}`
				: sql`a.team_id = ${scope.teamId}`;
	const status =
		filter === 'done'
			? sql`a.status in ('done', 'cant_do')`
			: filter === 'all'
				? sql`true`
				: filter === 'overdue'
					? sql`a.status in ('open', 'in_progress') and a.due_date < ${today}::date`
					: filter === 'due_week'
						? sql`a.status in ('open', 'in_progress') and a.due_date between ${today}::date and ${today}::date + 7`
						: sql`a.status in ('open', 'in_progress')`;
	const owner = opts.ownerName ? sql`and a.owner_name = ${opts.ownerName}` : sql``;
	const family = opts.familyOnly ? sql`and a.family_visible` : sql``;
	const rows = await sql<
		(Row & { meetingTitle: string; meetingDate: Date; studentName: string | null })[]
	>`
		select ${columns(sql)}, m.title as "meetingTitle", m.starts_at as "meetingDate",
			nullif(trim(s.first_name || ' ' || s.last_name), '') as "studentName"
		from action_items a join meetings m on m.id = a.meeting_id left join students s on s.id = a.student_id
		where a.committed_at is not null and ${where} and ${status} ${owner} ${family}
		order by (a.status in ('done', 'cant_do')), a.due_date nulls last, a.created_at
		limit 500`;
	return rows.map((r) => ({
		...toActionItem(r),
		meetingId: r.meetingId,
		meetingTitle: r.meetingTitle,
		meetingDate: r.meetingDate,
		studentName: r.studentName,
		studentId: r.studentId,
		teamId: r.teamId,
		updatedAt: r.updatedAt
	}));
}

export interface CommitmentUpdate {
	byName: string;
	byFamily: boolean;
	status: CommitmentStatus;
	comment: string;
	createdAt: Date;
}

export async function commitmentHistory(sql: Sql, actionId: string): Promise<CommitmentUpdate[]> {
	return sql<CommitmentUpdate[]>`
		select by_name as "byName", by_family as "byFamily", status, comment, created_at as "createdAt"
		from commitment_updates where action_item_id = ${actionId} order by created_at`;
}

/** Who is changing a commitment's status: staff, a guest in a meeting, or the family through its link. */
export type Updater = Actor | { kind: 'family'; studentId: string; name: string };

async function mayUpdate(sql: Sql, who: Updater, row: Row): Promise<boolean> {
	if (who.kind === 'staff') {
		if (row.ownerUserId === who.user.id || who.user.isAdmin) return true;
		const [member] =
			await sql`select 1 from team_members where team_id = ${row.teamId} and user_id = ${who.user.id}`;
		return Boolean(member);
	}
	const family = FAMILY_OWNERS.includes(row.ownerKind) && row.familyVisible;
	if (who.kind === 'family') return family && row.studentId === who.studentId;
	// A guest in a meeting of the same student: a family member, for the family's commitments.
	if (who.guest.role !== 'participant' || who.guest.relation === 'specialist') return false;
	const [m] = await sql<{ studentId: string | null }[]>`
		select student_id as "studentId" from meetings where id = ${who.guest.meetingId}`;
	return family && row.studentId !== null && m?.studentId === row.studentId;
}

/** Changes a commitment's status, with a comment, and keeps the change in its history. */
export async function updateCommitmentStatus(
	sql: postgres.Sql | Sql,
	who: Updater,
	actionId: string,
	input: { status: CommitmentStatus; comment?: string }
): Promise<Row> {
	if (!isUuid(actionId)) throw new Refusal('errors.notFound', {}, 404);
	const [row] = await sql<
		Row[]
	>`select ${columns(sql)} from action_items a where a.id = ${actionId}`;
	if (!row || !row.committedAt) throw new Refusal('errors.notFound', {}, 404);
	if (!(await mayUpdate(sql, who, row))) {
		// Staff outside the team, and families, must not learn that someone else's commitment exists.
		throw who.kind === 'staff' && !(await staffSees(sql, who.user, row))
			? new Refusal('errors.notFound', {}, 404)
			: new Refusal('errors.forbidden', {}, 403);
	}
	const comment = (input.comment ?? '').trim().slice(0, LIMITS.comment);
	if (input.status === 'cant_do' && !comment) throw new Refusal('commitments.reasonRequired');
	const byName = who.kind === 'family' ? who.name : actorName(who);
	await sql`
		update action_items set status = ${input.status},
			status_reason = ${input.status === 'cant_do' ? comment : null}, updated_at = now()
		where id = ${actionId}`;
	await sql`
		insert into commitment_updates (action_item_id, by_name, by_user_id, by_family, status, comment)
		values (${actionId}, ${byName}, ${who.kind === 'staff' ? who.user.id : null},
			${who.kind !== 'staff'}, ${input.status}, ${comment})`;
	return { ...row, status: input.status };
}

async function staffSees(sql: Sql, user: User, row: Row): Promise<boolean> {
	if (user.isAdmin) return true;
	const [m] =
		await sql`select 1 from team_members where team_id = ${row.teamId} and user_id = ${user.id}`;
	return Boolean(m);
}

/** One commitment with its history, for staff on its team (or its owner). */
export async function getCommitment(sql: Sql, user: User, actionId: string) {
	if (!isUuid(actionId)) throw new Refusal('errors.notFound', {}, 404);
	const [row] = await sql<(Row & { meetingTitle: string })[]>`
		select ${columns(sql)}, m.title as "meetingTitle"
		from action_items a join meetings m on m.id = a.meeting_id where a.id = ${actionId}`;
	if (!row || !row.committedAt) throw new Refusal('errors.notFound', {}, 404);
	if (row.ownerUserId !== user.id && !(await staffSees(sql, user, row)))
		throw new Refusal('errors.notFound', {}, 404);
	return {
		commitment: {
			...toActionItem(row),
			meetingId: row.meetingId,
			meetingTitle: row.meetingTitle,
			studentId: row.studentId
		},
		history: await commitmentHistory(sql, actionId)
	};
}

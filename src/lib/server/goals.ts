import type { DataPoint, Goal, GoalArea, Question } from '../protocol/meeting';
import { GOAL_AREAS, LIMITS } from '../protocol/meeting';
import { MAX_GOAL_LENGTH } from '../explain';
import type { Actor } from './actors';
import { actorKey, actorName } from './actors';
import type { Sql } from './db';
import { Refusal } from './errors';
import { getStudent } from './students';
import { isUuid } from './teams';
import type { User } from './users';

/**
 * Splits pasted text into goals: blank lines separate goals; so do list markers ("1.", "a)", "-", "•")
 * at the start of a line. Lines within one goal are joined.
 */
export function splitGoals(text: string): string[] {
	const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
	const goals: string[] = [];
	for (const block of blocks) {
		let current: string[] = [];
		for (const raw of block.split('\n')) {
			const line = raw.trim();
			if (!line) continue;
			const marker = /^(?:\d{1,2}[.)]|[a-z][.)]|[-•*–])\s+/i.exec(line);
			if (marker && current.length) {
				goals.push(current.join(' '));
				current = [];
			}
			current.push(marker ? line.slice(marker[0].length) : line);
		}
		if (current.length) goals.push(current.join(' '));
	}
	return goals.map((g) => g.replace(/\s+/g, ' ').trim()).filter((g) => g.length > 0);
}

interface GoalRow {
	id: string;
	area: GoalArea;
	text: string;
	baseline: string | null;
	target: string | null;
	unit: string;
	targetDate: string | null;
	reporting: string;
}

const num = (v: string | null) => (v === null ? null : Number(v));

export async function goalsOf(sql: Sql, studentId: string): Promise<Goal[]> {
	const rows = await sql<GoalRow[]>`
		select id, area, text, baseline::text, target::text, unit, to_char(target_date, 'YYYY-MM-DD') as "targetDate", reporting
		from goals where student_id = ${studentId} order by position, created_at`;
	if (!rows.length) return [];
	const data = await sql<(Omit<DataPoint, 'value'> & { goalId: string; value: string })[]>`
		select id, goal_id as "goalId", to_char(measured_on, 'YYYY-MM-DD') as date, value::text, note
		from goal_data where goal_id in ${sql(rows.map((r) => r.id))} order by measured_on, created_at`;
	return rows.map((r) => ({
		id: r.id,
		area: r.area,
		text: r.text,
		baseline: num(r.baseline),
		target: num(r.target),
		unit: r.unit,
		targetDate: r.targetDate,
		reporting: r.reporting,
		data: data
			.filter((d) => d.goalId === r.id)
			.map(({ goalId: _g, value, ...d }) => ({ ...d, value: Number(value) }))
	}));
}

export async function listGoals(sql: Sql, by: User, studentId: string): Promise<Goal[]> {
	await getStudent(sql, by, studentId);
	return goalsOf(sql, studentId);
}

/** Adds one or several goals (pasted together) to a student, for staff on the student's team. */
export async function addGoals(
	sql: Sql,
	by: User,
	studentId: string,
	input: { area: GoalArea; text: string; reporting?: string }
): Promise<number> {
	await getStudent(sql, by, studentId);
	if (!GOAL_AREAS.includes(input.area)) throw new Refusal('errors.badForm');
	const texts = splitGoals(input.text);
	if (!texts.length) throw new Refusal('goals.textRequired');
	if (texts.some((t) => t.length > MAX_GOAL_LENGTH))
		throw new Refusal('goals.tooLong', { max: MAX_GOAL_LENGTH });
	const [{ n }] = (await sql<{ n: number }[]>`
		select count(*)::int as n from goals where student_id = ${studentId}`) as unknown as [
		{ n: number }
	];
	if (n + texts.length > 60) throw new Refusal('goals.tooMany', { max: 60 });
	for (const [i, text] of texts.entries()) {
		await sql`
			insert into goals (student_id, area, text, reporting, position, created_by)
			values (${studentId}, ${input.area}, ${text}, ${(input.reporting ?? '').trim().slice(0, 200)}, ${n + i}, ${by.id})`;
	}
	return texts.length;
}

async function goalStudent(sql: Sql, by: User, goalId: string): Promise<string> {
	if (!isUuid(goalId)) throw new Refusal('errors.notFound', {}, 404);
	const [g] = await sql<
		{ studentId: string }[]
	>`select student_id as "studentId" from goals where id = ${goalId}`;
	if (!g) throw new Refusal('errors.notFound', {}, 404);
	await getStudent(sql, by, g.studentId);
	return g.studentId;
}

export async function updateGoalMeasures(
	sql: Sql,
	by: User,
	goalId: string,
	input: { baseline: number | null; target: number | null; unit: string; targetDate: string | null }
): Promise<void> {
	await goalStudent(sql, by, goalId);
	await sql`
		update goals set baseline = ${input.baseline}, target = ${input.target}, unit = ${input.unit.trim().slice(0, 40)},
			target_date = ${input.targetDate}
		where id = ${goalId}`;
}

export async function deleteGoal(sql: Sql, by: User, goalId: string): Promise<void> {
	await goalStudent(sql, by, goalId);
	await sql`delete from goals where id = ${goalId}`;
}

export async function addDataPoint(
	sql: Sql,
	by: User,
	goalId: string,
	input: { date: string; value: number; note?: string }
): Promise<void> {
	await goalStudent(sql, by, goalId);
	if (!Number.isFinite(input.value)) throw new Refusal('goals.valueInvalid');
	await sql`
		insert into goal_data (goal_id, measured_on, value, note, created_by)
		values (${goalId}, ${input.date}, ${input.value}, ${(input.note ?? '').trim().slice(0, 300)}, ${by.id})`;
}

interface QuestionRow {
	id: string;
	askerKey: string;
	askerName: string;
	hideName: boolean;
	aboutKind: Question['about']['kind'];
	aboutId: string | null;
	aboutLabel: string;
	text: string;
	status: Question['status'];
	createdAt: Date;
}

export async function questionRows(sql: Sql, meetingId: string): Promise<QuestionRow[]> {
	return sql<QuestionRow[]>`
		select id, asker_key as "askerKey", asker_name as "askerName", hide_name as "hideName", about_kind as "aboutKind",
			about_id as "aboutId", about_label as "aboutLabel", text, status, created_at as "createdAt"
		from questions where meeting_id = ${meetingId} order by (status = 'answered'), created_at`;
}

/**
 * The queue as one viewer may see it: staff see every name; a guest sees their own questions' names and the
 * others' unless hidden; the projector (`viewerKey` null, public) never shows a hidden name.
 */
export function redactQuestions(
	rows: QuestionRow[],
	viewer: { key: string | null; staff: boolean }
): Question[] {
	return rows.map((r) => ({
		id: r.id,
		askerName: r.hideName && !viewer.staff && r.askerKey !== viewer.key ? null : r.askerName,
		mine: r.askerKey === viewer.key,
		about: { kind: r.aboutKind, id: r.aboutId, label: r.aboutLabel },
		text: r.text,
		status: r.status,
		createdAt: r.createdAt.toISOString()
	}));
}

export async function askQuestion(
	sql: Sql,
	actor: Actor,
	meetingId: string,
	input: {
		about: { kind: Question['about']['kind']; id?: string; label?: string };
		text: string;
		hideName?: boolean;
	}
): Promise<void> {
	const [{ n }] = (await sql<{ n: number }[]>`
		select count(*)::int as n from questions where meeting_id = ${meetingId} and asker_key = ${actorKey(actor)}`) as unknown as [
		{ n: number }
	];
	if (n >= 50) throw new Refusal('questions.tooMany', { max: 50 });
	await sql`
		insert into questions (meeting_id, asker_key, asker_name, hide_name, about_kind, about_id, about_label, text)
		values (${meetingId}, ${actorKey(actor)}, ${actorName(actor)}, ${Boolean(input.hideName)}, ${input.about.kind},
			${input.about.id ?? null}, ${(input.about.label ?? '').slice(0, 200)}, ${input.text.slice(0, LIMITS.question)})`;
}

import type { Sql } from './db';
import { Refusal } from './errors';
import { getStudent } from './students';
import { hashToken, randomToken } from './tokens';
import type { User } from './users';

/**
 * Family links: one per family (or per person in it) for a student, no account needed. The link shows the
 * family's commitments and the team's commitments to the family, and nothing else. 160 random bits,
 * stored hashed, revocable.
 */
export interface FamilyLink {
	id: string;
	label: string;
	email: string | null;
	createdAt: Date;
	revokedAt: Date | null;
	lastUsedAt: Date | null;
}

export interface FamilyAccess {
	linkId: string;
	studentId: string;
	studentFirstName: string;
	label: string;
	email: string | null;
}

export async function createFamilyLink(
	sql: Sql,
	by: User,
	studentId: string,
	input: { label?: string; email?: string }
): Promise<{ id: string; token: string }> {
	await getStudent(sql, by, studentId);
	const email = input.email?.trim().toLowerCase() || null;
	if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Refusal('auth.emailInvalid');
	const token = randomToken(20);
	const [row] = await sql<{ id: string }[]>`
		insert into family_links (student_id, token_hash, label, email, created_by)
		values (${studentId}, ${Buffer.from(hashToken(token))}, ${(input.label ?? '').trim().slice(0, 100)}, ${email}, ${by.id})
		returning id`;
	return { id: row!.id, token };
}

export async function listFamilyLinks(
	sql: Sql,
	by: User,
	studentId: string
): Promise<FamilyLink[]> {
	await getStudent(sql, by, studentId);
	return sql<FamilyLink[]>`
		select id, label, email, created_at as "createdAt", revoked_at as "revokedAt", last_used_at as "lastUsedAt"
		from family_links where student_id = ${studentId} order by created_at desc`;
}

export async function revokeFamilyLink(
	sql: Sql,
	by: User,
	studentId: string,
	linkId: string
): Promise<void> {
	await getStudent(sql, by, studentId);
	const [row] = await sql`
		update family_links set revoked_at = coalesce(revoked_at, now())
		where id = ${linkId} and student_id = ${studentId} returning id`;
	if (!row) throw new Refusal('errors.notFound', {}, 404);
}

/** The student a family token opens, or a Refusal; a revoked link stops at once. */
export async function familyAccess(sql: Sql, token: string): Promise<FamilyAccess> {
	if (!/^[a-z2-7]{20,64}$/.test(token)) throw new Refusal('family.invalid', {}, 404);
	const [row] = await sql<(FamilyAccess & { revokedAt: Date | null })[]>`
		select f.id as "linkId", f.student_id as "studentId", s.first_name as "studentFirstName", f.label, f.email,
			f.revoked_at as "revokedAt"
		from family_links f join students s on s.id = f.student_id
		where f.token_hash = ${Buffer.from(hashToken(token))}`;
	if (!row) throw new Refusal('family.invalid', {}, 404);
	if (row.revokedAt) throw new Refusal('family.revoked', {}, 410);
	await sql`update family_links set last_used_at = now() where id = ${row.linkId}`;
	const { revokedAt: _r, ...access } = row;
	return access;
}

/** A staff member's calendar feed token (shown once), for subscribing to "My commitments". */
export async function createCalendarFeed(sql: Sql, user: User): Promise<string> {
	const token = randomToken(20);
	await sql`update calendar_feeds set revoked_at = now() where user_id = ${user.id} and revoked_at is null`;
	await sql`insert into calendar_feeds (user_id, token_hash) values (${user.id}, ${Buffer.from(hashToken(token))})`;
	return token;
}

export async function calendarFeedUser(
	sql: Sql,
	token: string
): Promise<{ userId: string; name: string }> {
	if (!/^[a-z2-7]{20,64}$/.test(token)) throw new Refusal('errors.notFound', {}, 404);
	const [row] = await sql<{ userId: string; name: string }[]>`
		select f.user_id as "userId", u.name from calendar_feeds f join users u on u.id = f.user_id
		where f.token_hash = ${Buffer.from(hashToken(token))} and f.revoked_at is null`;
	if (!row) throw new Refusal('errors.notFound', {}, 404);
	return row;
}

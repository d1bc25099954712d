import type postgres from 'postgres';
import type { Sql } from './db';
import { Refusal } from './errors';
import { checkNewPassword, hashPassword } from './passwords';
import { hashToken, randomToken } from './tokens';
import { checkName, insertUser, normalizeEmail, type User } from './users';

export const INVITATION_LIFETIME_DAYS = 7;

export interface Invitation {
	id: string;
	email: string | null;
	isAdmin: boolean;
	createdAt: Date;
	expiresAt: Date;
	usedAt: Date | null;
	revokedAt: Date | null;
	invitedByName: string;
}

/** Creates a single-use invitation; the token (160 random bits) is returned once and stored only hashed. */
export async function createInvitation(
	sql: Sql,
	by: User,
	input: { email?: string; isAdmin?: boolean }
): Promise<{ token: string; id: string; expiresAt: Date }> {
	if (!by.isAdmin) throw new Refusal('errors.forbidden', {}, 403);
	const email = input.email ? normalizeEmail(input.email) : null;
	const token = randomToken(20);
	const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_DAYS * 24 * 3600 * 1000);
	const [row] = await sql<{ id: string }[]>`
		insert into invitations (token_hash, email, is_admin, invited_by, expires_at)
		values (${Buffer.from(hashToken(token))}, ${email}, ${input.isAdmin ?? false}, ${by.id}, ${expiresAt})
		returning id`;
	return { token, id: row!.id, expiresAt };
}

export async function listInvitations(sql: Sql): Promise<Invitation[]> {
	return sql<Invitation[]>`
		select i.id, i.email, i.is_admin as "isAdmin", i.created_at as "createdAt",
			i.expires_at as "expiresAt", i.used_at as "usedAt", i.revoked_at as "revokedAt",
			u.name as "invitedByName"
		from invitations i join users u on u.id = i.invited_by
		order by i.created_at desc limit 100`;
}

export async function revokeInvitation(sql: Sql, by: User, id: string): Promise<void> {
	if (!by.isAdmin) throw new Refusal('errors.forbidden', {}, 403);
	await sql`update invitations set revoked_at = now() where id = ${id} and used_at is null and revoked_at is null`;
}

type OpenInvitation = { id: string; email: string | null; isAdmin: boolean };

/** The invitation behind a token if it can still be used; otherwise a Refusal saying why not. */
export async function findOpenInvitation(sql: Sql, token: string): Promise<OpenInvitation> {
	if (!/^[a-z2-7]{20,64}$/.test(token)) throw new Refusal('invite.invalid', {}, 404);
	const [row] = await sql<
		(OpenInvitation & { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null })[]
	>`
		select id, email, is_admin as "isAdmin", expires_at as "expiresAt", used_at as "usedAt",
			revoked_at as "revokedAt"
		from invitations where token_hash = ${Buffer.from(hashToken(token))}`;
	if (!row) throw new Refusal('invite.invalid', {}, 404);
	if (row.usedAt) throw new Refusal('invite.used', {}, 410);
	if (row.revokedAt) throw new Refusal('invite.revoked', {}, 410);
	if (row.expiresAt.getTime() <= Date.now()) throw new Refusal('invite.expired', {}, 410);
	return { id: row.id, email: row.email, isAdmin: row.isAdmin };
}

/** Signs up through an invitation, using it up in the same transaction so it works exactly once. */
export async function acceptInvitation(
	sql: postgres.Sql,
	token: string,
	input: { name: string; email: string; password: string }
): Promise<User> {
	const name = checkName(input.name);
	const email = normalizeEmail(input.email);
	checkNewPassword(input.password, email);
	const passwordHash = await hashPassword(input.password);
	return sql.begin(async (tx) => {
		const inv = await findOpenInvitation(tx, token);
		if (inv.email && inv.email !== email)
			throw new Refusal('invite.emailMismatch', { email: inv.email });
		const [claimed] = await tx`
			update invitations set used_at = now() where id = ${inv.id} and used_at is null returning id`;
		if (!claimed) throw new Refusal('invite.used', {}, 410);
		const user = await insertUser(tx, { name, email, passwordHash, isAdmin: inv.isAdmin });
		await tx`update invitations set used_by = ${user.id} where id = ${inv.id}`;
		return user;
	});
}

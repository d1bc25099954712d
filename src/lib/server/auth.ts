import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { Sql } from './db';
import { hashToken, randomToken } from './tokens';

/**
 * Sessions as lucia-auth.com teaches (sessions guide, `auth_session.ts`): a token "<id>.<secret>",
 * the secret's SHA-256 stored, compared in constant time; 30 days, renewed when used after 15.
 */
export const SESSION_COOKIE = 'rt_session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
const RENEW_AFTER = 15 * DAY;

export interface SessionUser {
	id: string;
	email: string;
	name: string;
	isAdmin: boolean;
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export interface SessionValidation {
	session: Session;
	user: SessionUser;
}

export async function createSession(
	sql: Sql,
	userId: string
): Promise<{ token: string; session: Session }> {
	const id = randomToken(15);
	const secret = randomToken(20);
	const expiresAt = new Date(Date.now() + SESSION_LIFETIME);
	await sql`
		insert into sessions (id, secret_hash, user_id, expires_at)
		values (${id}, ${Buffer.from(hashToken(secret))}, ${userId}, ${expiresAt})`;
	return { token: `${id}.${secret}`, session: { id, userId, expiresAt } };
}

export async function validateSessionToken(
	sql: Sql,
	token: string | undefined
): Promise<SessionValidation | null> {
	if (!token) return null;
	const parts = token.split('.');
	if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 200) return null;
	const [id, secret] = parts as [string, string];
	const [row] = await sql<
		{
			secret_hash: Buffer;
			user_id: string;
			expires_at: Date;
			email: string;
			name: string;
			is_admin: boolean;
		}[]
	>`
		select s.secret_hash, s.user_id, s.expires_at, u.email, u.name, u.is_admin
		from sessions s join users u on u.id = s.user_id
		where s.id = ${id}`;
	if (!row) return null;
	if (!constantTimeEqual(hashToken(secret), new Uint8Array(row.secret_hash))) return null;
	const now = Date.now();
	if (row.expires_at.getTime() <= now) {
		await sql`delete from sessions where id = ${id}`;
		return null;
	}
	let expiresAt = row.expires_at;
	if (expiresAt.getTime() - now < SESSION_LIFETIME - RENEW_AFTER) {
		expiresAt = new Date(now + SESSION_LIFETIME);
		await sql`update sessions set expires_at = ${expiresAt}, last_verified_at = now() where id = ${id}`;
	}
	return {
		session: { id, userId: row.user_id, expiresAt },
		user: { id: row.user_id, email: row.email, name: row.name, isAdmin: row.is_admin }
	};
}

export async function invalidateSession(sql: Sql, sessionId: string): Promise<void> {
	await sql`delete from sessions where id = ${sessionId}`;
}

/** Reads one cookie from a raw Cookie header (for socket.io handshakes, which bypass SvelteKit). */
export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
			try {
				return decodeURIComponent(part.slice(eq + 1).trim());
			} catch {
				return undefined;
			}
		}
	}
	return undefined;
}

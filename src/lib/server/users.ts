import type postgres from 'postgres';
import type { Sql } from './db';
import { Refusal } from './errors';
import { checkNewPassword, hashPassword, verifyPassword } from './passwords';
import * as rate from './ratelimit';

export interface User {
	id: string;
	email: string;
	name: string;
	isAdmin: boolean;
}

const SETUP_LOCK = 72_616_002;
// Verified against when the account does not exist, so a wrong email costs as long as a wrong password.
const DUMMY_HASH =
	'$argon2id$v=19$m=19456,t=2,p=1$o/6pzQQ5GrzZziAQd2XgNA$jRuISwbUIM+maEil4iCU7zt5s3jjEl5HKSMQgo+NqPU';

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function checkName(name: string): string {
	const n = name.trim();
	if (!n) throw new Refusal('auth.nameRequired');
	if (n.length > 100) throw new Refusal('auth.nameTooLong', { max: 100 });
	return n;
}

export async function hasAnyUser(sql: Sql): Promise<boolean> {
	const [row] = await sql<{ any: boolean }[]>`select exists (select 1 from users) as any`;
	return row?.any ?? false;
}

/** Creates the first administrator. Refused once any user exists, even when two visitors race. */
export async function createFirstAdmin(
	sql: postgres.Sql,
	input: { name: string; email: string; password: string }
): Promise<User> {
	const name = checkName(input.name);
	const email = normalizeEmail(input.email);
	checkNewPassword(input.password, email);
	const passwordHash = await hashPassword(input.password);
	return sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(${SETUP_LOCK})`;
		if (await hasAnyUser(tx)) throw new Refusal('setup.alreadyDone', {}, 403);
		return insertUser(tx, { name, email, passwordHash, isAdmin: true });
	});
}

export async function insertUser(
	sql: Sql,
	u: { name: string; email: string; passwordHash: string; isAdmin: boolean }
): Promise<User> {
	const [existing] = await sql`select 1 from users where lower(email) = ${u.email}`;
	if (existing) throw new Refusal('auth.emailTaken', {}, 409);
	const [row] = await sql<{ id: string }[]>`
		insert into users (email, name, password_hash, is_admin)
		values (${u.email}, ${u.name}, ${u.passwordHash}, ${u.isAdmin})
		returning id`;
	return { id: row!.id, email: u.email, name: u.name, isAdmin: u.isAdmin };
}

export async function getUserByEmail(sql: Sql, email: string): Promise<User | null> {
	const [row] = await sql<User[]>`
		select id, email, name, is_admin as "isAdmin" from users where lower(email) = ${normalizeEmail(email)}`;
	return row ?? null;
}

/**
 * Checks an email and password. Failures count against the account and the client's address; over either
 * limit the attempt is refused before the password is looked at, with the seconds to wait.
 */
export async function authenticate(
	sql: Sql,
	input: { email: string; password: string; address: string }
): Promise<User> {
	const email = normalizeEmail(input.email);
	const accountKey = `signin:account:${email}`;
	const addressKey = `signin:address:${input.address}`;
	const wait = Math.max(
		await rate.retryAfter(sql, accountKey, rate.SIGN_IN_PER_ACCOUNT),
		await rate.retryAfter(sql, addressKey, rate.SIGN_IN_PER_ADDRESS)
	);
	if (wait > 0) throw new Refusal('auth.tooManyAttempts', { seconds: wait }, 429);

	const [row] = await sql<(User & { passwordHash: string })[]>`
		select id, email, name, is_admin as "isAdmin", password_hash as "passwordHash"
		from users where lower(email) = ${email}`;
	const ok = await verifyPassword(row?.passwordHash ?? DUMMY_HASH, input.password);
	if (!row || !ok) {
		await rate.hit(sql, accountKey, rate.SIGN_IN_PER_ACCOUNT);
		await rate.hit(sql, addressKey, rate.SIGN_IN_PER_ADDRESS);
		throw new Refusal('auth.wrongCredentials', {}, 400);
	}
	await rate.clear(sql, accountKey);
	return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin };
}

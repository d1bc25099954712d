import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createSession,
	invalidateSession,
	SESSION_LIFETIME,
	validateSessionToken
} from '../../src/lib/server/auth';
import type { Database } from '../../src/lib/server/db';
import { Refusal } from '../../src/lib/server/errors';
import {
	acceptInvitation,
	createInvitation,
	findOpenInvitation,
	revokeInvitation
} from '../../src/lib/server/invitations';
import { authenticate, createFirstAdmin, hasAnyUser, type User } from '../../src/lib/server/users';
import { openTestDatabase } from '../helpers/databases';
import { targets } from '../helpers/databases';

async function refusalOf(p: Promise<unknown>): Promise<Refusal> {
	try {
		await p;
	} catch (err) {
		if (err instanceof Refusal) return err;
		throw err;
	}
	throw new Error('expected a refusal');
}

describe.each(targets)('staff accounts on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	let admin: User;
	const password = 'a long enough passphrase';

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close());

	it('creates the first administrator exactly once, even when two visitors race', async () => {
		expect(await hasAnyUser(db.sql)).toBe(false);
		const results = await Promise.allSettled([
			createFirstAdmin(db.sql, { name: 'Ada Admin', email: 'Ada@School.org', password }),
			createFirstAdmin(db.sql, { name: 'Ada in another tab', email: 'ada@school.org', password })
		]);
		const ok = results.filter((r) => r.status === 'fulfilled');
		expect(ok).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason).toBeInstanceOf(Refusal);
		expect((refused.reason as Refusal).key).toBe('setup.alreadyDone');
		admin = (ok[0] as PromiseFulfilledResult<User>).value;
		expect(admin.isAdmin).toBe(true);
		const [count] = await db.sql<{ n: number }[]>`select count(*)::int as n from users`;
		expect(count?.n).toBe(1);
		const [row] = await db.sql`select password_hash from users`;
		expect(row!.password_hash).toMatch(/^\$argon2id\$/);
	});

	it('refuses setup after the first administrator exists', async () => {
		const r = await refusalOf(
			createFirstAdmin(db.sql, { name: 'Late', email: 'late@x.org', password })
		);
		expect(r.key).toBe('setup.alreadyDone');
		expect(r.status).toBe(403);
	});

	it('signs in with the right password, case-insensitively on email', async () => {
		const u = await authenticate(db.sql, {
			email: ' ADA@school.org ',
			password,
			address: '10.0.0.1'
		});
		expect(u.id).toBe(admin.id);
	});

	it('gives the same message for a wrong password and an unknown email', async () => {
		const a = await refusalOf(
			authenticate(db.sql, {
				email: 'ada@school.org',
				password: 'wrong password!',
				address: '10.0.0.2'
			})
		);
		const b = await refusalOf(
			authenticate(db.sql, { email: 'nobody@school.org', password, address: '10.0.0.2' })
		);
		expect(a.key).toBe('auth.wrongCredentials');
		expect(b.key).toBe('auth.wrongCredentials');
	});

	it('limits failed sign-ins per account, and says how long to wait', async () => {
		const email = 'ada@school.org';
		// one failure already counted above; four more reach the limit of five
		for (let i = 0; i < 4; i++) {
			await refusalOf(
				authenticate(db.sql, { email, password: `wrong ${i} xxxxx`, address: `10.1.0.${i}` })
			);
		}
		const r = await refusalOf(authenticate(db.sql, { email, password, address: '10.1.1.1' }));
		expect(r.key).toBe('auth.tooManyAttempts');
		expect(r.status).toBe(429);
		expect(Number(r.values.seconds)).toBeGreaterThan(0);
		expect(Number(r.values.seconds)).toBeLessThanOrEqual(15 * 60);
		await db.sql`delete from rate_limits`;
		expect((await authenticate(db.sql, { email, password, address: '10.1.1.1' })).id).toBe(
			admin.id
		);
	});

	it('limits failed sign-ins per address across accounts', async () => {
		for (let i = 0; i < 30; i++) {
			await refusalOf(
				authenticate(db.sql, {
					email: `guess${i}@x.org`,
					password: 'guess guess guess',
					address: '192.0.2.9'
				})
			);
		}
		const r = await refusalOf(
			authenticate(db.sql, { email: 'ada@school.org', password, address: '192.0.2.9' })
		);
		expect(r.key).toBe('auth.tooManyAttempts');
		// another address is unaffected
		expect(
			(await authenticate(db.sql, { email: 'ada@school.org', password, address: '192.0.2.10' })).id
		).toBe(admin.id);
	});

	it('validates sessions by token, rejects tampered ones, and ends them on sign-out', async () => {
		const { token, session } = await createSession(db.sql, admin.id);
		const [id, secret] = token.split('.');
		expect((await validateSessionToken(db.sql, token))?.user.email).toBe('ada@school.org');
		const flipped = secret!.slice(0, -1) + (secret!.endsWith('a') ? 'b' : 'a');
		expect(await validateSessionToken(db.sql, `${id}.${flipped}`)).toBeNull();
		expect(await validateSessionToken(db.sql, id)).toBeNull();
		expect(await validateSessionToken(db.sql, 'x'.repeat(500))).toBeNull();
		const [stored] = await db.sql`select secret_hash from sessions where id = ${id!}`;
		expect(Buffer.from(stored!.secret_hash).toString()).not.toContain(secret);
		await invalidateSession(db.sql, session.id);
		expect(await validateSessionToken(db.sql, token)).toBeNull();
	});

	it('expires sessions and renews them in their second half', async () => {
		const { token, session } = await createSession(db.sql, admin.id);
		await db.sql`update sessions set expires_at = now() + interval '10 days' where id = ${session.id}`;
		const renewed = await validateSessionToken(db.sql, token);
		expect(renewed!.session.expiresAt.getTime()).toBeGreaterThan(
			Date.now() + SESSION_LIFETIME - 60_000
		);
		await db.sql`update sessions set expires_at = now() - interval '1 second' where id = ${session.id}`;
		expect(await validateSessionToken(db.sql, token)).toBeNull();
		const [gone] = await db.sql`select 1 from sessions where id = ${session.id}`;
		expect(gone).toBeUndefined();
	});

	it('lets invited staff sign up once through a link that expires and can be revoked', async () => {
		const inv = await createInvitation(db.sql, admin, { email: 'ben@school.org' });
		expect(inv.token.length).toBeGreaterThanOrEqual(26); // >= 128 bits in base32
		const [stored] = await db.sql`select token_hash from invitations where id = ${inv.id}`;
		expect(Buffer.from(stored!.token_hash).toString('hex')).not.toContain(inv.token);

		const mismatch = await refusalOf(
			acceptInvitation(db.sql, inv.token, { name: 'Ben', email: 'other@school.org', password })
		);
		expect(mismatch.key).toBe('invite.emailMismatch');
		const short = await refusalOf(
			acceptInvitation(db.sql, inv.token, {
				name: 'Ben',
				email: 'ben@school.org',
				password: 'short'
			})
		);
		expect(short.key).toBe('auth.passwordTooShort');

		const ben = await acceptInvitation(db.sql, inv.token, {
			name: 'Ben Teacher',
			email: 'ben@school.org',
			password
		});
		expect(ben.isAdmin).toBe(false);
		const again = await refusalOf(
			acceptInvitation(db.sql, inv.token, { name: 'Ben 2', email: 'ben@school.org', password })
		);
		expect(again.key).toBe('invite.used');

		const notAdmin = await refusalOf(createInvitation(db.sql, ben, {}));
		expect(notAdmin.key).toBe('errors.forbidden');

		const old = await createInvitation(db.sql, admin, {});
		await db.sql`update invitations set expires_at = now() - interval '1 minute' where id = ${old.id}`;
		expect((await refusalOf(findOpenInvitation(db.sql, old.token))).key).toBe('invite.expired');

		const revoked = await createInvitation(db.sql, admin, {});
		await revokeInvitation(db.sql, admin, revoked.id);
		expect((await refusalOf(findOpenInvitation(db.sql, revoked.token))).key).toBe('invite.revoked');
		expect((await refusalOf(findOpenInvitation(db.sql, 'a'.repeat(32)))).key).toBe(
			'invite.invalid'
		);
		expect((await refusalOf(findOpenInvitation(db.sql, "'; drop table users; --"))).key).toBe(
			'invite.invalid'
		);
	});

	it('uses an invitation only once when two sign-ups race', async () => {
		const inv = await createInvitation(db.sql, admin, {});
		const results = await Promise.allSettled([
			acceptInvitation(db.sql, inv.token, { name: 'Cat', email: 'cat@school.org', password }),
			acceptInvitation(db.sql, inv.token, { name: 'Dan', email: 'dan@school.org', password })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const [count] = await db.sql<
			{ n: number }[]
		>`select count(*)::int as n from users where email in ('cat@school.org', 'dan@school.org')`;
		expect(count?.n).toBe(1);
	});

	it('refuses a second account with the same email in any case', async () => {
		const inv = await createInvitation(db.sql, admin, {});
		const r = await refusalOf(
			acceptInvitation(db.sql, inv.token, { name: 'Ben again', email: 'BEN@school.org', password })
		);
		expect(r.key).toBe('auth.emailTaken');
		// the invitation was not used up by the refused sign-up
		expect((await findOpenInvitation(db.sql, inv.token)).id).toBe(inv.id);
	});
});

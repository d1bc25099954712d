import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/lib/server/auth';
import { createTestDatabase, targets, type TestDatabase } from '../helpers/databases';
import { Browserless } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

const run = promisify(execFile);
const password = 'a long enough passphrase';

function socketTo(server: RunningServer, cookie?: string): Socket {
	return connect(server.url, {
		transports: ['websocket'],
		reconnection: false,
		extraHeaders: cookie ? { cookie } : {}
	});
}

function connectResult(socket: Socket): Promise<'connected' | string> {
	return new Promise((resolve) => {
		socket.once('connect', () => resolve('connected'));
		socket.once('connect_error', (err) => resolve(err.message));
	});
}

describe.each(targets)('the server process on %s', (kind) => {
	let db: TestDatabase;
	let server: RunningServer;

	beforeAll(async () => {
		db = await createTestDatabase(kind);
		server = await startServer(db.env);
	});
	afterAll(async () => {
		await server?.stop('SIGKILL');
		await db?.drop();
	});

	it('logs which database it uses and answers /healthz', async () => {
		expect(server.logs.join('\n')).toContain(
			kind === 'embedded' ? 'embedded PostgreSQL' : 'PostgreSQL server'
		);
		const res = await fetch(`${server.url}/healthz`);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ ok: true, db: kind });
		expect(res.headers.get('x-request-id')).toMatch(/[\w-]{8,}/);
	});

	it('sends a first visit to setup, and creates the first administrator once', async () => {
		const browser = new Browserless(server.url);
		expect((await browser.get('/')).headers.get('location')).toBe('/setup');
		const short = await browser.post('/setup', {
			name: 'Ada',
			email: 'ada@school.org',
			password: 'short'
		});
		expect(short.status).toBe(400);
		expect(await short.text()).toContain('Your password is too short');

		const ok = await browser.post('/setup', { name: 'Ada', email: 'ada@school.org', password });
		expect(ok.status).toBe(303);
		expect(ok.headers.get('location')).toBe('/');
		const cookie = ok.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(await (await browser.get('/')).text()).toContain('Welcome, Ada');

		const stranger = new Browserless(server.url);
		const again = await stranger.post('/setup', { name: 'Eve', email: 'eve@evil.test', password });
		expect(again.status).toBe(403);
		expect(stranger.cookies.has(SESSION_COOKIE)).toBe(false);
		expect((await stranger.get('/')).headers.get('location')).toBe('/login');
	});

	it('refuses a form posted from another site', async () => {
		const res = await new Browserless(server.url).post(
			'/login',
			{ email: 'ada@school.org', password },
			{ origin: 'https://evil.example' }
		);
		expect(res.status).toBe(403);
	});

	it('says why a sign-in failed, and rate-limits it', async () => {
		const browser = new Browserless(server.url);
		const wrong = await browser.post('/login', {
			email: 'ada@school.org',
			password: 'not the password'
		});
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toContain('That email address and password do not match');
		const empty = await browser.post('/login', { email: 'not-an-email', password: '' });
		expect(await empty.text()).toContain('does not look like an email address');
		// an unknown account is limited like a real one, so the limit does not reveal which emails exist
		for (let i = 0; i < 5; i++)
			await browser.post('/login', { email: 'ghost@school.org', password: `nope ${i} nope` });
		const limited = await browser.post('/login', { email: 'ghost@school.org', password });
		expect(limited.status).toBe(429);
		expect(await limited.text()).toMatch(
			/Too many sign-in attempts\. Please try again in \d+ seconds/
		);
	});

	it('accepts socket.io connections only with a valid session cookie', async () => {
		const anonymous = socketTo(server);
		expect(await connectResult(anonymous)).toBe('unauthorized');
		anonymous.close();

		const forged = socketTo(server, `${SESSION_COOKIE}=abc.def`);
		expect(await connectResult(forged)).toBe('unauthorized');
		forged.close();

		const browser = new Browserless(server.url);
		expect((await browser.post('/login', { email: 'ada@school.org', password })).status).toBe(303);
		const setupSession = browser.cookies.get(SESSION_COOKIE)!;
		const socket = socketTo(server, `${SESSION_COOKIE}=${setupSession}`);
		expect(await connectResult(socket)).toBe('connected');
		const me = await socket.emitWithAck('session:whoami');
		expect(me).toMatchObject({ ok: true, user: { name: 'Ada', isAdmin: true } });

		// polling (the fallback some school networks need) is authenticated the same way
		const polling = connect(server.url, {
			transports: ['polling'],
			reconnection: false,
			extraHeaders: { cookie: `${SESSION_COOKIE}=${setupSession}` }
		});
		expect(await connectResult(polling)).toBe('connected');
		polling.close();

		// signing out ends the session for sockets too: open ones are closed, new ones refused
		const ended = new Promise((resolve) => socket.once('session:ended', resolve));
		const closed = new Promise((resolve) => socket.once('disconnect', resolve));
		await browser.post('/logout', {});
		expect(await ended).toBe('signed_out');
		expect(await closed).toBe('io server disconnect');
		const after = socketTo(server, `${SESSION_COOKIE}=${setupSession}`);
		expect(await connectResult(after)).toBe('unauthorized');
		after.close();
		socket.close();
	});

	it('keeps its data across a graceful restart, and exits 0 on SIGTERM', async () => {
		const code = await server.stop('SIGTERM');
		expect(code).toBe(0);
		expect(server.logs.join('\n')).toContain('"msg":"stopped"');
		server = await startServer(db.env);
		const browser = new Browserless(server.url);
		expect((await browser.get('/')).headers.get('location')).toBe('/login');
		expect((await browser.get('/setup')).status).toBe(200);
		expect(await (await browser.get('/setup')).text()).toContain('already set up');
	});
});

describe.each(targets)('npm run db:migrate on %s', (kind) => {
	it('applies pending migrations without starting the app, then finds nothing to do', async () => {
		const db = await createTestDatabase(kind);
		try {
			const env = { ...process.env, ...db.env, LOG_LEVEL: 'info' };
			const first = await run(process.execPath, ['build/migrate.js'], { env });
			expect(first.stdout).toMatch(/applied \d+ migration\(s\)/);
			expect(first.stdout).toContain('00001_init');
			const second = await run(process.execPath, ['build/migrate.js'], { env });
			expect(second.stdout).toContain('database is up to date');
		} finally {
			await db.drop();
		}
	});
});

describe.runIf(targets.includes('postgres'))('health when PostgreSQL goes away', () => {
	it('answers 503 while the database refuses connections, and recovers', async () => {
		const db = await createTestDatabase('postgres');
		const server = await startServer(db.env);
		const name = new URL(db.url!).pathname.slice(1);
		const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
		try {
			expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
			await admin.unsafe(`alter database ${name} allow_connections false`);
			await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`;
			const down = await fetch(`${server.url}/healthz`);
			expect(down.status).toBe(503);
			expect(await down.json()).toEqual({ ok: false, db: 'postgres' });
			await admin.unsafe(`alter database ${name} allow_connections true`);
			const up = await fetch(`${server.url}/healthz`);
			expect(await up.json()).toEqual({ ok: true, db: 'postgres' });
		} finally {
			await admin.unsafe(`alter database ${name} allow_connections true`).catch(() => {});
			await admin.end();
			await server.stop('SIGKILL');
			await db.drop();
		}
	});
});

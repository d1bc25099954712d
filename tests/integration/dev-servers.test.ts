import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { SESSION_COOKIE } from '../../src/lib/server/auth';
import { createTestDatabase, type TestDatabase } from '../helpers/databases';
import { PASSWORD } from '../helpers/fixtures';
import { Browserless } from '../helpers/http';

/** socket.io is served on the same port by `vite dev` and `vite preview` too, with the same authentication. */
async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

async function connectResult(url: string, cookie?: string): Promise<string> {
	const socket = connect(url, {
		transports: ['polling'],
		reconnection: false,
		extraHeaders: cookie ? { cookie } : {}
	});
	try {
		return await new Promise((resolve) => {
			socket.once('connect', () => resolve('connected'));
			socket.once('connect_error', (err) => resolve(err.message));
		});
	} finally {
		socket.close();
	}
}

describe.each(['dev', 'preview'] as const)('vite %s', (mode) => {
	let proc: ChildProcess | undefined;
	let db: TestDatabase | undefined;
	afterEach(async () => {
		proc?.kill('SIGKILL');
		await db?.drop();
	});

	it('serves the app and socket.io on one port, refusing anonymous sockets', async () => {
		db = await createTestDatabase('embedded');
		const port = await freePort();
		proc = spawn(
			process.execPath,
			['node_modules/vite/bin/vite.js', mode, '--port', String(port), '--strictPort'],
			{
				env: { ...process.env, ...db.env },
				stdio: 'ignore'
			}
		);
		const url = `http://localhost:${port}`;
		const deadline = Date.now() + 60_000;
		for (;;) {
			const res = await fetch(`${url}/healthz`).catch(() => null);
			if (res?.ok) break;
			if (Date.now() > deadline) throw new Error(`vite ${mode} did not answer`);
			await new Promise((r) => setTimeout(r, 250));
		}
		expect(await connectResult(url)).toBe('unauthorized');
		const browser = new Browserless(url);
		const setup = await browser.post('/setup', {
			name: 'Ada',
			email: 'ada@school.org',
			password: PASSWORD
		});
		expect(setup.status).toBe(303);
		expect(
			await connectResult(url, `${SESSION_COOKIE}=${browser.cookies.get(SESSION_COOKIE)}`)
		).toBe('connected');
	});
});

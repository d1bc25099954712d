import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../src/lib/protocol/meeting';
import { createTestDatabase, type TestDatabase } from '../tests/helpers/databases';
import {
	createMeeting,
	createTeam,
	setupAdmin,
	socketFor,
	type TestSocket
} from '../tests/helpers/fixtures';
import type { Browserless } from '../tests/helpers/http';
import { notesClient, paragraph } from '../tests/helpers/notes';
import { startServer, type RunningServer } from '../tests/helpers/server';

/**
 * Latency of the things people feel, measured against the production build on this machine:
 * page loads, a meeting action reaching another participant, a notes edit reaching a co-editor, and a
 * notes edit being stored (acknowledged). Prints p50/p95/max and writes bench/results/<db>.json.
 * BENCH_DB=postgres (with TEST_DATABASE_URL) measures against PostgreSQL instead of PGlite.
 */
const kind = process.env.BENCH_DB === 'postgres' ? 'postgres' : 'embedded';
const N = Number(process.env.BENCH_N ?? 200);
const results: Record<string, { n: number; p50: number; p95: number; max: number }> = {};

function record(name: string, samples: number[]) {
	const s = [...samples].sort((a, b) => a - b);
	const at = (q: number) =>
		Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 100) / 100;
	results[name] = { n: s.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

let db: TestDatabase;
let server: RunningServer;
let ada: Browserless;
let meetingId: string;
let a: TestSocket, b: TestSocket;

beforeAll(async () => {
	db = await createTestDatabase(kind);
	server = await startServer(db.env);
	ada = await setupAdmin(server);
	const team = await createTeam(ada, 'Bench');
	meetingId = await createMeeting(ada, team, { template: 'iep_annual' });
	[a, b] = await Promise.all([socketFor(server, ada), socketFor(server, ada)]);
	for (const s of [a, b]) await s.emitWithAck('meeting:join', { meetingId });
});

afterAll(async () => {
	a?.close();
	b?.close();
	await server?.stop('SIGKILL');
	await db?.drop();
	const table = Object.entries(results).map(([name, r]) => ({ name, ...r }));
	console.table(table);
	mkdirSync('bench/results', { recursive: true });
	writeFileSync(
		`bench/results/${kind}.json`,
		JSON.stringify(
			{ db: kind, n: N, at: new Date().toISOString(), node: process.version, results },
			null,
			2
		)
	);
});

it('page loads', async () => {
	const health: number[] = [];
	const page: number[] = [];
	for (let i = 0; i < N; i++) {
		let t = performance.now();
		await (await fetch(`${server.url}/healthz`)).text();
		health.push(performance.now() - t);
		t = performance.now();
		await (await ada.get(`/meetings/${meetingId}`)).text();
		page.push(performance.now() - t);
	}
	record('GET /healthz (ms)', health);
	record('GET /meetings/<id> signed in (ms)', page);
	expect(health.length).toBe(N);
});

it('a meeting action reaches another participant', async () => {
	const toPeer: number[] = [];
	const { snapshot } = (await a.emitWithAck('meeting:join', { meetingId })) as {
		snapshot: MeetingSnapshot;
	};
	const itemId = snapshot.items[0]!.id;
	for (let i = 0; i < Math.min(N, 150); i++) {
		const seen = new Promise<void>((r) => b.once('meeting:state', () => r()));
		const t = performance.now();
		const res = await a.emitWithAck('meeting:act', {
			meetingId,
			action: { type: 'agenda.update', itemId, patch: { minutes: 5 + (i % 5) } }
		});
		expect(res.ok).toBe(true);
		await seen;
		toPeer.push(performance.now() - t);
		await new Promise((r) => setTimeout(r, 110)); // stay under the per-connection rate limit
	}
	record('agenda edit → other participant (ms)', toPeer);
});

it('a notes edit reaches a co-editor, and is stored', async () => {
	const { snapshot } = (await a.emitWithAck('meeting:join', { meetingId })) as {
		snapshot: MeetingSnapshot;
	};
	const itemId = snapshot.items[1]!.id;
	const [x, y] = await Promise.all([
		notesClient(server, ada, meetingId, itemId),
		notesClient(server, ada, meetingId, itemId)
	]);
	const toPeer: number[] = [];
	const toStored: number[] = [];
	for (let i = 0; i < N; i++) {
		const token = `<${i}>`;
		const seen = new Promise<void>((resolve) => {
			const check = () => {
				if (paragraph(y.doc).toString().includes(token)) {
					y.doc.off('update', check);
					resolve();
				}
			};
			y.doc.on('update', check);
		});
		const t = performance.now();
		x.type(token);
		await seen;
		toPeer.push(performance.now() - t);
		await x.provider.whenSaved();
		toStored.push(performance.now() - t);
	}
	record('notes keystroke → co-editor (ms)', toPeer);
	record('notes keystroke → stored and acknowledged (ms)', toStored);
	x.close();
	y.close();
});

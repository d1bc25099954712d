import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, JoinResult } from '../../src/lib/protocol/events';
import type { MeetingSnapshot } from '../../src/lib/protocol/meeting';
import { createTestDatabase, targets, type TestDatabase } from '../helpers/databases';
import {
	addMember,
	createJoinLink,
	createMeeting,
	createTeam,
	inviteStaff,
	joinAsGuest,
	setupAdmin,
	socketFor,
	type TestSocket
} from '../helpers/fixtures';
import type { Browserless } from '../helpers/http';
import { notesClient, paragraph, until, updateMessage, type NotesClient } from '../helpers/notes';
import { startServer, type RunningServer } from '../helpers/server';

/** A random place between whole tokens, so each token stays contiguous and can be found afterwards. */
function tokenBoundary(c: NotesClient): number {
	const text = paragraph(c.doc).toString();
	const ends = [0, ...[...text.matchAll(/[\])]/g)].map((m) => m.index! + 1)];
	return ends[Math.floor(Math.random() * ends.length)]!;
}

async function snapshot(socket: TestSocket, meetingId: string): Promise<MeetingSnapshot> {
	const res = (await socket.emitWithAck('meeting:join', { meetingId })) as Ack<JoinResult>;
	if (!res.ok) throw new Error(res.error.message);
	return res.snapshot;
}

describe.each(targets)('co-edited notes on %s', (kind) => {
	let db: TestDatabase;
	let server: RunningServer;
	let ada: Browserless, tia: Browserless, maria: Browserless, obi: Browserless;
	let meetingId: string, otherMeetingId: string;
	let items: string[];
	let otherItem: string;
	const clients: NotesClient[] = [];
	const sockets: TestSocket[] = [];

	async function client(b: Browserless, itemId: string, opts?: Parameters<typeof notesClient>[4]) {
		const c = await notesClient(server, b, meetingId, itemId, opts);
		clients.push(c);
		return c;
	}

	/** A fresh client loads the item from the server: what is stored (or held) there now. */
	async function serverText(itemId: string): Promise<string> {
		const c = await notesClient(server, ada, meetingId, itemId);
		const text = c.text();
		c.close();
		return text;
	}

	beforeAll(async () => {
		db = await createTestDatabase(kind);
		server = await startServer(db.env);
		ada = await setupAdmin(server);
		tia = await inviteStaff(ada, server, 'Tia Teacher', 'tia@school.org');
		const teamId = await createTeam(ada, 'Team');
		await addMember(ada, teamId, 'tia@school.org');
		meetingId = await createMeeting(ada, teamId, { template: 'iep_annual' });
		otherMeetingId = await createMeeting(ada, await createTeam(ada, 'Other team'), {
			template: 'conference'
		});
		maria = await joinAsGuest(
			server,
			await createJoinLink(ada, meetingId, { lobby: false }),
			'Maria',
			'parent'
		);
		obi = await joinAsGuest(
			server,
			await createJoinLink(ada, meetingId, { role: 'observer', lobby: false }),
			'Obi',
			'specialist'
		);
		const s = await socketFor(server, ada);
		items = (await snapshot(s, meetingId)).items.map((i) => i.id);
		otherItem = (await snapshot(s, otherMeetingId)).items[0]!.id;
		s.close();
	});

	afterEach(() => {
		for (const c of clients.splice(0)) c.close();
		for (const s of sockets.splice(0)) s.close();
	});

	afterAll(async () => {
		await server?.stop('SIGKILL');
		await db?.drop();
	});

	it('converges when ten people type into one item at once, and equals what is stored', async () => {
		const itemId = items[0]!;
		const first = await client(ada, itemId);
		first.type('Start. ');
		await first.provider.whenSaved();
		const people = [
			first,
			...(await Promise.all(Array.from({ length: 9 }, (_, i) => client(i % 2 ? tia : ada, itemId))))
		];
		await until(() => people.every((p) => p.text() === first.text()), 10_000, 'initial sync');
		await Promise.all(
			people.map(async (p, n) => {
				for (let k = 0; k < 15; k++) {
					p.type(`[${n}.${k}]`, tokenBoundary(p));
					if (k % 5 === 0) await new Promise((r) => setTimeout(r, 5));
				}
				await p.provider.whenSaved();
			})
		);
		await until(() => people.every((p) => p.text() === first.text()), 15_000, 'convergence');
		const text = first.text();
		for (let n = 0; n < 10; n++) for (let k = 0; k < 15; k++) expect(text).toContain(`[${n}.${k}]`);
		expect(await serverText(itemId)).toBe(text);
		// and what a cold load (after a graceful restart) gives
		for (const c of clients.splice(0)) c.close();
		expect(await server.stop('SIGTERM')).toBe(0);
		server = await startServer({ ...db.env, PORT: String(server.port) });
		expect(await serverText(itemId)).toBe(text);
	});

	it('keeps every acknowledged edit through kill -9, and clients converge after they reconnect', async () => {
		const itemId = items[1]!;
		const writers = await Promise.all([
			client(ada, itemId, { reconnect: true }),
			client(tia, itemId, { reconnect: true }),
			client(ada, itemId, { reconnect: true })
		]);
		const acked = new Set<string>();
		const typed = new Set<string>();
		let running = true;
		const loops = writers.map(async (w, n) => {
			for (let k = 0; running; k++) {
				const token = `<${n}-${k}>`;
				w.type(token);
				typed.add(token);
				try {
					await Promise.race([w.provider.whenSaved(), new Promise((_, r) => setTimeout(r, 3000))]);
					if (running) acked.add(token);
				} catch {
					return;
				}
				await new Promise((r) => setTimeout(r, 10));
			}
		});
		await until(() => acked.size >= 30, 20_000, 'some acknowledged edits');
		const ackedBeforeKill = new Set(acked);
		const killed = server.stop('SIGKILL');
		running = false;
		await killed;
		await Promise.all(loops);
		// every edit acknowledged before the kill is in the database
		const port = server.port;
		server = await startServer({ ...db.env, PORT: String(port) });
		const stored = await serverText(itemId);
		for (const token of ackedBeforeKill) expect(stored, token).toContain(token);
		// the writers reconnect by themselves, resend what the server lacks, and everyone converges
		await until(() => writers.every((w) => w.socket.connected), 20_000, 'reconnect');
		await Promise.all(writers.map((w) => w.provider.whenSaved()));
		const fresh = await client(ada, itemId);
		await until(
			() => writers.every((w) => w.text() === fresh.text()),
			15_000,
			'convergence after restart'
		);
		for (const token of typed) expect(fresh.text()).toContain(token);
	});

	it('merges edits made offline when the connection returns', async () => {
		const itemId = items[2]!;
		const [a, b] = await Promise.all([client(ada, itemId), client(tia, itemId)]);
		a.type('Shared start. ');
		await a.provider.whenSaved();
		await until(() => b.text() === a.text(), 5000, 'sync');
		const states: string[] = [];
		b.provider.onState((s) => states.push(s));
		b.socket.disconnect();
		b.type(' offline edit by Tia.');
		a.type(' online edit by Ada.');
		await a.provider.whenSaved();
		expect(b.provider.state).toBe('offline');
		b.socket.connect();
		await b.provider.whenSaved();
		await until(() => a.text() === b.text(), 10_000, 'merge');
		expect(a.text()).toContain('offline edit by Tia');
		expect(a.text()).toContain('online edit by Ada');
		expect(states).toContain('offline');
		expect(await serverText(itemId)).toBe(a.text());
	});

	it('drops a read-only participant’s updates on the server', async () => {
		const itemId = items[3]!;
		const staff = await client(ada, itemId);
		staff.type('Only staff write here.');
		await staff.provider.whenSaved();
		const before = await serverText(itemId);
		for (const reader of [await client(obi, itemId), await client(maria, itemId)]) {
			expect(reader.provider.canEdit).toBe(false);
			// a crafted update, as a modified client would send it
			const rogue = new Y.Doc();
			Y.applyUpdate(rogue, Y.encodeStateAsUpdate(reader.doc));
			const sv = Y.encodeStateVector(rogue);
			paragraph(rogue).insert(0, 'HACKED ');
			const update = Y.encodeStateAsUpdate(rogue, sv);
			const res = await reader.socket.emitWithAck('notes:message', {
				itemId,
				data: updateMessage(update)
			});
			expect(res.ok ? null : res.error.code).toBe('forbidden');
		}
		await new Promise((r) => setTimeout(r, 200));
		expect(staff.text()).toBe(before);
		expect(await serverText(itemId)).toBe(before);
	});

	it('lets guests edit when the facilitator allows it, for one item', async () => {
		const itemId = items[4]!;
		const guest = await client(maria, itemId);
		expect(guest.provider.canEdit).toBe(false);
		const s = await socketFor(server, ada);
		sockets.push(s);
		await snapshot(s, meetingId);
		const res = await s.emitWithAck('meeting:act', {
			meetingId,
			action: { type: 'notes.guests', allowed: true, itemId }
		});
		expect(res.ok).toBe(true);
		await until(() => guest.provider.canEdit, 5000, 'guest may edit');
		guest.type('From Maria: he loves drawing.');
		await guest.provider.whenSaved();
		expect(await serverText(itemId)).toContain('he loves drawing');
		// other items stay read-only for guests
		const elsewhere = await client(maria, items[5]!);
		expect(elsewhere.provider.canEdit).toBe(false);
	});

	it('refuses truncated, random, oversized and foreign updates, and floods, and the document is unchanged', async () => {
		const itemId = items[6]!;
		const a = await client(ada, itemId);
		a.type('Keep this exactly.');
		await a.provider.whenSaved();
		const before = await serverText(itemId);
		const valid = (() => {
			const d = new Y.Doc();
			Y.applyUpdate(d, Y.encodeStateAsUpdate(a.doc));
			const sv = Y.encodeStateVector(d);
			paragraph(d).insert(0, 'x'.repeat(50));
			return Y.encodeStateAsUpdate(d, sv);
		})();
		const send = (data: Uint8Array, item = itemId) =>
			a.socket.emitWithAck('notes:message', { itemId: item, data });
		const code = (r: Ack<object>) => (r.ok ? null : r.error.code);
		expect(code(await send(updateMessage(valid.slice(0, valid.length - 7))))).toBe('invalid');
		expect(code(await send(updateMessage(randomBytes(200))))).toBe('invalid');
		expect(code(await send(randomBytes(64)))).toBe('invalid');
		expect(code(await send(new Uint8Array([0, 2])))).toBe('invalid');
		// an update that creates another root type, outside the notes
		const other = new Y.Doc();
		other.getMap('secrets').set('k', 'v');
		expect(code(await send(updateMessage(Y.encodeStateAsUpdate(other))))).toBe('invalid');
		// an update that depends on content the server never saw
		const detached = new Y.Doc();
		paragraph(detached).insert(0, 'one');
		const sv = Y.encodeStateVector(detached);
		paragraph(detached).insert(3, ' two');
		expect(code(await send(updateMessage(Y.encodeStateAsUpdate(detached, sv))))).toBe('invalid');
		expect(code(await send(updateMessage(randomBytes(300 * 1024))))).toBe('too_large');
		// another meeting's document, and documents not opened on this connection
		const open = await a.socket.emitWithAck('notes:open', { meetingId, itemId: otherItem });
		expect(code(open)).toBe('not_found');
		const forged = await a.socket.emitWithAck('notes:open', { meetingId: otherMeetingId, itemId });
		expect(code(forged)).toBe('not_found');
		expect(code(await send(updateMessage(valid), otherItem))).toBe('not_found');
		expect(
			code(await a.socket.emitWithAck('notes:message', { itemId, data: 'text' } as never))
		).toBe('invalid');
		// a guest of this meeting cannot open another meeting's notes either
		const guestSocket = await socketFor(server, maria);
		sockets.push(guestSocket);
		expect(
			code(
				await guestSocket.emitWithAck('notes:open', {
					meetingId: otherMeetingId,
					itemId: otherItem
				})
			)
		).toBe('not_found');
		// a flood
		const flood = await Promise.all(
			Array.from({ length: 600 }, () => send(new Uint8Array([0, 0, 1, 0])))
		);
		expect(flood.some((r) => code(r) === 'rate_limited')).toBe(true);
		// still up, nothing changed
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		await new Promise((r) => setTimeout(r, 200));
		expect(a.text()).toBe(before);
		expect(await serverText(itemId)).toBe(before);
	});

	it('compacts the log after thousands of small edits, and a cold load gives the same document', async () => {
		const itemId = items[7]!;
		const a = await client(ada, itemId);
		for (let k = 0; k < 1500; k++) {
			a.type(String.fromCharCode(97 + (k % 26)));
			if (k % 100 === 99) await a.provider.whenSaved();
		}
		await a.provider.whenSaved();
		const text = a.text();
		expect(text).toContain('abcdefghijklmnopqrstuvwxyz');
		if (db.url) {
			const sql = postgres(db.url, { max: 1, onnotice: () => {} });
			await until(
				async () => {
					const [row] = await sql<{ n: number; snap: boolean }[]>`
					select (select count(*)::int from notes_updates where item_id = ${itemId}) as n,
						(select snapshot is not null from notes_documents where item_id = ${itemId}) as snap`;
					return Boolean(row?.snap) && row!.n < 1500;
				},
				10_000,
				'compaction'
			);
			await sql.end();
		}
		a.close();
		clients.splice(clients.indexOf(a), 1);
		expect(await server.stop('SIGTERM')).toBe(0);
		server = await startServer({ ...db.env, PORT: String(server.port) });
		expect(await serverText(itemId)).toBe(text);
	});

	it('exports the notes as Markdown and HTML to those who may see the meeting', async () => {
		const itemId = items[8]!;
		const a = await client(ada, itemId);
		a.type('Plan: <b>review</b> in *June*');
		await a.provider.whenSaved();
		const md = await (await ada.get(`/meetings/${meetingId}/notes.md`)).text();
		expect(md).toContain('## 9. Review before you sign');
		expect(md).toContain('Plan: \\<b\\>review\\</b\\> in \\*June\\*');
		const html = await (await maria.get(`/meetings/${meetingId}/notes.html`)).text();
		expect(html).toContain('<p>Plan: &lt;b&gt;review&lt;/b&gt; in *June*</p>');
		expect(html).not.toContain('<b>review</b>');
		expect((await maria.get(`/meetings/${otherMeetingId}/notes.md`)).status).toBe(404);
	});
});

describe.runIf(targets.includes('postgres'))('notes across two processes on one PostgreSQL', () => {
	it('keeps a document consistent for clients connected to different processes', async () => {
		const db = await createTestDatabase('postgres');
		const one = await startServer(db.env);
		const two = await startServer(db.env);
		const opened: NotesClient[] = [];
		try {
			const ada = await setupAdmin(one);
			const teamId = await createTeam(ada, 'Team');
			const meetingId = await createMeeting(ada, teamId, { template: 'conference' });
			const s = await socketFor(one, ada);
			const itemId = (await snapshot(s, meetingId)).items[0]!.id;
			s.close();
			for (let i = 0; i < 6; i++)
				opened.push(await notesClient(i % 2 ? two : one, ada, meetingId, itemId));
			await Promise.all(
				opened.map(async (c, n) => {
					for (let k = 0; k < 20; k++) c.type(`(${n}:${k})`, tokenBoundary(c));
					await c.provider.whenSaved();
				})
			);
			await until(
				() => opened.every((c) => c.text() === opened[0]!.text()),
				20_000,
				'cross-process convergence'
			);
			for (let n = 0; n < 6; n++)
				for (let k = 0; k < 20; k++) expect(opened[0]!.text()).toContain(`(${n}:${k})`);
			const fresh = await notesClient(two, ada, meetingId, itemId);
			opened.push(fresh);
			expect(fresh.text()).toBe(opened[0]!.text());
		} finally {
			for (const c of opened) c.close();
			await one.stop('SIGKILL');
			await two.stop('SIGKILL');
			await db.drop();
		}
	});
});

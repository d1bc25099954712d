import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, JoinResult } from '../../src/lib/protocol/events';
import type { MeetingAction, MeetingSnapshot } from '../../src/lib/protocol/meeting';
import { createTestDatabase, targets, type TestDatabase } from '../helpers/databases';
import {
	addMember,
	createJoinLink,
	createMeeting,
	createStudent,
	createTeam,
	inviteStaff,
	joinAsGuest,
	nextEvent,
	setupAdmin,
	socketFor,
	type TestSocket
} from '../helpers/fixtures';
import type { Browserless } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function join(socket: TestSocket, meetingId: string): Promise<Ack<JoinResult>> {
	return socket.emitWithAck('meeting:join', { meetingId });
}

async function act(
	socket: TestSocket,
	meetingId: string,
	action: unknown
): Promise<Ack<{ version: number }>> {
	return socket.emitWithAck('meeting:act', { meetingId, action } as never);
}

function errorCode(res: Ack<object>): string | null {
	return res.ok ? null : res.error.code;
}

describe.each(targets)('the live meeting room on %s', (kind) => {
	let db: TestDatabase;
	let server: RunningServer;
	let ada: Browserless, tia: Browserless, oz: Browserless;
	let maria: Browserless, obi: Browserless, gus: Browserless;
	let teamId: string, meetingId: string, otherMeetingId: string;
	let mariaLink: string;
	const sockets: TestSocket[] = [];

	async function open(b: Browserless, transport: 'websocket' | 'polling' = 'websocket') {
		const s = await socketFor(server, b, transport);
		sockets.push(s);
		return s;
	}

	async function snapshotOf(s: TestSocket, id = meetingId): Promise<MeetingSnapshot> {
		const res = await join(s, id);
		if (!res.ok) throw new Error(res.error.message);
		return res.snapshot;
	}

	beforeAll(async () => {
		db = await createTestDatabase(kind);
		server = await startServer(db.env);
		ada = await setupAdmin(server);
		tia = await inviteStaff(ada, server, 'Tia Teacher', 'tia@school.org');
		oz = await inviteStaff(ada, server, 'Oz Other', 'oz@school.org');
		teamId = await createTeam(ada, "Sam's support team");
		await addMember(ada, teamId, 'tia@school.org');
		const studentId = await createStudent(ada, teamId, 'Sam');
		meetingId = await createMeeting(ada, teamId, { title: 'Annual IEP review for Sam', studentId });

		const otherTeam = await createTeam(ada, 'Another school');
		await addMember(ada, otherTeam, 'oz@school.org', 'lead');
		otherMeetingId = await createMeeting(oz, otherTeam, {
			title: 'Other meeting',
			template: 'conference'
		});

		mariaLink = await createJoinLink(ada, meetingId, { lobby: false });
		maria = await joinAsGuest(server, mariaLink, 'Maria Rivera', 'parent');
		obi = await joinAsGuest(
			server,
			await createJoinLink(ada, meetingId, { role: 'observer', lobby: false }),
			'Obi Observer',
			'specialist'
		);
		gus = await joinAsGuest(
			server,
			await createJoinLink(oz, otherMeetingId, { lobby: false }),
			'Gus Guest',
			'parent'
		);
	});

	afterEach(() => {
		for (const s of sockets.splice(0)) s.close();
	});

	afterAll(async () => {
		await server?.stop('SIGKILL');
		await db?.drop();
	});

	it('gives everyone who may see the meeting the same snapshot, with their own permissions', async () => {
		const [a, t, m, o] = await Promise.all([open(ada), open(tia), open(maria), open(obi)]);
		const results = await Promise.all([a, t, m, o].map((s) => join(s, meetingId)));
		for (const r of results) expect(r.ok).toBe(true);
		const [ra, rt, rm, ro] = results as Extract<Ack<JoinResult>, { ok: true }>[];
		expect(ra!.snapshot.items.map((i) => i.title)).toContain('Review before you sign');
		expect(ra!.snapshot.items).toHaveLength(9);
		expect(ra!.snapshot.status).toBe('scheduled');
		expect(ra!.snapshot.student?.firstName).toBe('Sam');
		for (const r of [rt, rm, ro]) expect(r!.snapshot).toEqual(ra!.snapshot);
		expect(ra!.viewer).toMatchObject({
			role: 'facilitator',
			can: { editAgenda: true, drive: true, manageGuests: true, handOff: true, propose: false }
		});
		expect(rt!.viewer).toMatchObject({
			role: 'staff',
			can: { editAgenda: true, drive: false, manageGuests: false, handOff: false }
		});
		expect(rm!.viewer).toMatchObject({
			role: 'guest',
			can: { editAgenda: false, drive: false, manageGuests: false, propose: true }
		});
		expect(ro!.viewer).toMatchObject({
			role: 'observer',
			can: { editAgenda: false, drive: false, manageGuests: false, propose: false }
		});
		// staff-only extras never reach guests
		expect(ra!.lobby).toBeDefined();
		expect(rm!.lobby).toBeUndefined();
		expect(rm!.proposals).toBeUndefined();
	});

	it('refuses every action a role may not take, and changes nothing', async () => {
		const [a, t, m, o] = await Promise.all([open(ada), open(tia), open(maria), open(obi)]);
		for (const s of [a, t, m, o]) await join(s, meetingId);
		const before = await snapshotOf(a);
		const itemId = before.items[0]!.id;
		const all: MeetingAction[] = [
			{
				type: 'agenda.add',
				item: { title: 'x', minutes: 5, kind: 'discussion', description: '', presenter: '' }
			},
			{ type: 'agenda.update', itemId, patch: { title: 'y' } },
			{ type: 'agenda.delete', itemId },
			{ type: 'agenda.move', itemId, toIndex: 2 },
			{ type: 'agenda.decide', itemId, decision: 'z', agreedBy: '' },
			{ type: 'meeting.start' },
			{ type: 'meeting.end' },
			{ type: 'meeting.goto', itemId },
			{ type: 'timer.start' },
			{ type: 'timer.pause' },
			{ type: 'timer.reset' },
			{ type: 'timer.add', minutes: 1 },
			{ type: 'meeting.handoff', userId: UNKNOWN },
			{ type: 'guest.admit', guestId: UNKNOWN },
			{ type: 'guest.deny', guestId: UNKNOWN },
			{ type: 'proposal.accept', proposalId: UNKNOWN },
			{ type: 'proposal.dismiss', proposalId: UNKNOWN }
		];
		const staffMay = new Set([
			'agenda.add',
			'agenda.update',
			'agenda.delete',
			'agenda.move',
			'proposal.accept',
			'proposal.dismiss'
		]);
		for (const action of all) {
			expect(errorCode(await act(m, meetingId, action)), `guest: ${action.type}`).toBe('forbidden');
			expect(errorCode(await act(o, meetingId, action)), `observer: ${action.type}`).toBe(
				'forbidden'
			);
			if (!staffMay.has(action.type)) {
				expect(errorCode(await act(t, meetingId, action)), `staff: ${action.type}`).toBe(
					'forbidden'
				);
			}
		}
		expect(await snapshotOf(a)).toEqual(before);
	});

	it('lets staff edit the agenda live, and everyone sees each change', async () => {
		const [a, t, m] = await Promise.all([open(ada), open(tia), open(maria)]);
		for (const s of [a, t, m]) await join(s, meetingId);
		const before = await snapshotOf(a);

		const seen = nextEvent<MeetingSnapshot>(m, 'meeting:state');
		const added = await act(t, meetingId, {
			type: 'agenda.add',
			item: {
				title: 'Transportation',
				minutes: 7,
				kind: 'discussion',
				description: 'Bus times',
				presenter: 'Tia'
			}
		});
		expect(added).toEqual({ ok: true, version: before.version + 1 });
		const afterAdd = await seen;
		expect(afterAdd.version).toBe(before.version + 1);
		const item = afterAdd.items.at(-1)!;
		expect(item).toMatchObject({
			title: 'Transportation',
			minutes: 7,
			presenter: 'Tia',
			position: 9
		});

		expect(
			(
				await act(a, meetingId, {
					type: 'agenda.update',
					itemId: item.id,
					patch: { title: 'Bus and transport', minutes: 4 }
				})
			).ok
		).toBe(true);
		expect((await act(t, meetingId, { type: 'agenda.move', itemId: item.id, toIndex: 1 })).ok).toBe(
			true
		);
		const moved = await snapshotOf(m);
		expect(moved.items[1]).toMatchObject({
			id: item.id,
			title: 'Bus and transport',
			minutes: 4,
			position: 1
		});
		expect(moved.items.map((i) => i.position)).toEqual(moved.items.map((_, i) => i));

		expect(
			(
				await act(a, meetingId, {
					type: 'agenda.decide',
					itemId: item.id,
					decision: 'Bus at 7:40',
					agreedBy: 'Maria, Tia'
				})
			).ok
		).toBe(true);
		const decided = (await snapshotOf(t)).items[1]!;
		expect(decided.decision).toMatchObject({ text: 'Bus at 7:40', agreedBy: 'Maria, Tia' });

		expect((await act(t, meetingId, { type: 'agenda.delete', itemId: item.id })).ok).toBe(true);
		const after = await snapshotOf(a);
		expect(after.items.map((i) => i.id)).toEqual(before.items.map((i) => i.id));
		expect(after.version).toBe(before.version + 5);
	});

	it('runs the meeting: start, next, timer as stored state, end', async () => {
		const [a, m] = await Promise.all([open(ada), open(maria)]);
		await join(a, meetingId);
		await join(m, meetingId);
		const sync = await a.emitWithAck('time:sync');
		expect(sync.ok && Math.abs(sync.now - Date.now())).toBeLessThan(5000);

		const startSeen = nextEvent<MeetingSnapshot>(m, 'meeting:state');
		expect((await act(a, meetingId, { type: 'meeting.start' })).ok).toBe(true);
		const live = await startSeen;
		expect(live.status).toBe('live');
		expect(live.currentItemId).toBe(live.items[0]!.id);
		expect(live.timer.durationMs).toBe(live.items[0]!.minutes * 60_000);
		expect(live.timer.runningSince).not.toBeNull();
		expect(errorCode(await act(a, meetingId, { type: 'meeting.start' }))).toBe('conflict');

		await act(a, meetingId, { type: 'timer.pause' });
		let s = await snapshotOf(m);
		expect(s.timer.runningSince).toBeNull();
		expect(s.timer.elapsedMs).toBeGreaterThanOrEqual(0);
		await act(a, meetingId, { type: 'timer.add', minutes: 5 });
		s = await snapshotOf(m);
		expect(s.timer.durationMs).toBe((live.items[0]!.minutes + 5) * 60_000);
		await act(a, meetingId, { type: 'timer.start' });
		expect((await snapshotOf(m)).timer.runningSince).not.toBeNull();
		await act(a, meetingId, { type: 'timer.reset' });
		s = await snapshotOf(m);
		expect(s.timer).toEqual({
			durationMs: live.items[0]!.minutes * 60_000,
			elapsedMs: 0,
			runningSince: null
		});

		const second = live.items[1]!;
		await act(a, meetingId, { type: 'meeting.goto', itemId: second.id });
		s = await snapshotOf(m);
		expect(s.currentItemId).toBe(second.id);
		expect(s.timer.durationMs).toBe(second.minutes * 60_000);
		expect(s.timer.runningSince).not.toBeNull();
	});

	it('refuses malformed, oversized, forged and cross-meeting events with an error, and changes nothing', async () => {
		const a = await open(ada);
		await join(a, meetingId);
		const before = await snapshotOf(a);
		const other = await open(oz);
		const otherSnap = await snapshotOf(other, otherMeetingId);
		const otherItem = otherSnap.items[0]!.id;

		const bad: [unknown, string][] = [
			[null, 'invalid'],
			['meeting.start', 'invalid'],
			[{ type: 'meeting.explode' }, 'invalid'],
			[{ type: 'agenda.add' }, 'invalid'],
			[{ type: 'agenda.add', item: { title: '', minutes: 5, kind: 'discussion' } }, 'invalid'],
			[{ type: 'agenda.add', item: { title: 'x', minutes: -1, kind: 'discussion' } }, 'invalid'],
			[{ type: 'agenda.add', item: { title: 'x', minutes: 5, kind: 'party' } }, 'invalid'],
			[
				{ type: 'agenda.add', item: { title: 'x', minutes: 5, kind: 'discussion', sneaky: 1 } },
				'invalid'
			],
			[{ type: 'agenda.update', itemId: 'not-a-uuid', patch: {} }, 'invalid'],
			[{ type: 'timer.add', minutes: 60 }, 'invalid'],
			[
				{ type: 'agenda.add', item: { title: 'x'.repeat(20_000), minutes: 5, kind: 'discussion' } },
				'too_large'
			],
			[{ type: 'agenda.delete', itemId: UNKNOWN }, 'not_found'],
			[{ type: 'agenda.delete', itemId: otherItem }, 'not_found'],
			[{ type: 'meeting.goto', itemId: otherItem }, 'not_found'],
			[{ type: 'agenda.decide', itemId: otherItem, decision: 'x', agreedBy: '' }, 'not_found']
		];
		for (const [action, code] of bad) {
			const res = await act(a, meetingId, action);
			expect(errorCode(res), JSON.stringify(action).slice(0, 80)).toBe(code);
			if (!res.ok) expect(res.error.message.length).toBeGreaterThan(10);
		}
		// malformed envelopes
		expect(
			errorCode(
				await a.emitWithAck('meeting:act', {
					meetingId: 'x',
					action: { type: 'meeting.end' }
				} as never)
			)
		).toBe('invalid');
		expect(errorCode(await a.emitWithAck('meeting:join', { meetingId: 42 } as never))).toBe(
			'invalid'
		);
		expect(errorCode(await a.emitWithAck('meeting:join', 'hello' as never))).toBe('invalid');
		// acting on a meeting one has not joined, or may not see
		expect(errorCode(await act(a, UNKNOWN, { type: 'meeting.end' }))).toBe('not_found');
		expect(errorCode(await act(other, meetingId, { type: 'meeting.end' }))).toBe('not_found');
		// an event without an acknowledgement is ignored, and the connection stays up
		(a as unknown as { emit(ev: string, payload: unknown): void }).emit('meeting:act', {
			meetingId,
			action: { type: 'meeting.end' }
		});
		expect((await a.emitWithAck('time:sync')).ok).toBe(true);

		expect(await snapshotOf(a)).toEqual(before);
		expect(await snapshotOf(other, otherMeetingId)).toEqual(otherSnap);
	});

	it('never lets a guest or staff member of one meeting see another', async () => {
		const [m, g, o] = await Promise.all([open(maria), open(gus), open(oz)]);
		expect(errorCode(await join(m, otherMeetingId))).toBe('not_found');
		expect(errorCode(await join(g, meetingId))).toBe('not_found');
		expect(errorCode(await join(o, meetingId))).toBe('not_found');
		expect(errorCode(await join(m, UNKNOWN))).toBe('not_found');
		// and over HTTP
		expect((await maria.get(`/meetings/${otherMeetingId}`)).status).toBe(404);
		expect((await gus.get(`/meetings/${meetingId}`)).status).toBe(404);
		expect((await oz.get(`/meetings/${meetingId}`)).status).toBe(404);
		expect((await maria.get(`/meetings/${meetingId}/present`)).status).toBe(303);
		expect((await maria.get(`/teams/${teamId}`)).status).toBe(303);
	});

	it('shows who is here, live', async () => {
		const a = await open(ada);
		await join(a, meetingId);
		const m = await open(maria, 'polling');
		const arrived = nextEvent<{ people: { name: string }[] }>(a, 'meeting:presence');
		await join(m, meetingId);
		expect((await arrived).people.map((p) => p.name)).toContain('Maria Rivera');
		const res = (await join(a, meetingId)) as Extract<Ack<JoinResult>, { ok: true }>;
		expect(res.presence.find((p) => p.name === 'Maria Rivera')).toMatchObject({
			role: 'guest',
			relation: 'parent'
		});
		const left = nextEvent<{ people: { name: string }[] }>(a, 'meeting:presence');
		m.close();
		expect((await left).people.map((p) => p.name)).not.toContain('Maria Rivera');
	});

	it('holds guests in the lobby until the facilitator admits them, or turns them away', async () => {
		const a = await open(ada);
		await join(a, meetingId);
		const token = await createJoinLink(ada, meetingId, { lobby: true });
		const lobbyUpdate = nextEvent<{ guests: { name: string; status: string }[] }>(
			a,
			'meeting:lobby'
		);
		const dan = await joinAsGuest(server, token, 'Dan Dad', 'parent');
		expect((await lobbyUpdate).guests).toContainEqual(
			expect.objectContaining({ name: 'Dan Dad', status: 'waiting' })
		);
		expect(await (await dan.get(`/meetings/${meetingId}`)).text()).toContain(
			'waiting to be let in'
		);

		const d = await open(dan);
		expect(errorCode(await join(d, meetingId))).toBe('waiting');
		const lobby = ((await join(a, meetingId)) as Extract<Ack<JoinResult>, { ok: true }>).lobby!;
		const danId = lobby.find((g) => g.name === 'Dan Dad')!.id;
		const admitted = nextEvent<{ status: string }>(d, 'guest:status');
		expect((await act(a, meetingId, { type: 'guest.admit', guestId: danId })).ok).toBe(true);
		expect((await admitted).status).toBe('admitted');
		expect((await join(d, meetingId)).ok).toBe(true);

		const eve = await joinAsGuest(server, token, 'Eve Unknown', 'other');
		const e = await open(eve);
		const eveId = (
			(await join(a, meetingId)) as Extract<Ack<JoinResult>, { ok: true }>
		).lobby!.find((g) => g.name === 'Eve Unknown')!.id;
		const denied = nextEvent<{ status: string }>(e, 'guest:status');
		const gone = new Promise((r) => e.once('disconnect', r));
		await act(a, meetingId, { type: 'guest.deny', guestId: eveId });
		expect((await denied).status).toBe('denied');
		await gone;
		await expect(socketFor(server, eve)).rejects.toThrow('unauthorized');
	});

	it('disconnects the guests of a revoked link at once, and refuses them after', async () => {
		const token = await createJoinLink(ada, meetingId, { lobby: false });
		const fay = await joinAsGuest(server, token, 'Fay Friend', 'other');
		const f = await open(fay);
		expect((await join(f, meetingId)).ok).toBe(true);
		const page = await (await ada.get(`/meetings/${meetingId}`)).text();
		const linkIds = [...page.matchAll(/name="id" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
		const status = nextEvent<{ status: string }>(f, 'guest:status');
		const gone = new Promise((r) => f.once('disconnect', r));
		// the newest link is listed first
		const res = await ada.post(`/meetings/${meetingId}?/revokeLink`, { id: linkIds[0]! });
		expect(res.status).toBe(200);
		expect((await status).status).toBe('removed');
		await gone;
		await expect(socketFor(server, fay)).rejects.toThrow('unauthorized');
		expect((await fay.get(`/meetings/${meetingId}`)).status).toBe(303);
		expect(
			await (
				await new (await import('../helpers/http')).Browserless(server.url).get(`/join/${token}`)
			).text()
		).toContain('turned off');
	});

	it('hands the facilitator role to another staff member, who then drives', async () => {
		const [a, t] = await Promise.all([open(ada), open(tia)]);
		await join(a, meetingId);
		const joined = (await join(t, meetingId)) as Extract<Ack<JoinResult>, { ok: true }>;
		const tiaId = (await t.emitWithAck('session:whoami')) as { ok: true; user: { id: string } };
		const rejoin = nextEvent(t, 'meeting:rejoin');
		expect(errorCode(await act(a, meetingId, { type: 'meeting.handoff', userId: UNKNOWN }))).toBe(
			'invalid'
		);
		expect((await act(a, meetingId, { type: 'meeting.handoff', userId: tiaId.user.id })).ok).toBe(
			true
		);
		await rejoin;
		const now = (await join(t, meetingId)) as Extract<Ack<JoinResult>, { ok: true }>;
		expect(joined.viewer.can.drive).toBe(false);
		expect(now.viewer).toMatchObject({ role: 'facilitator', can: { drive: true } });
		expect(now.snapshot.facilitator.name).toBe('Tia Teacher');
		// Ada is an administrator: no longer driving, but may still manage guests and hand the role back
		const ada2 = (await join(a, meetingId)) as Extract<Ack<JoinResult>, { ok: true }>;
		expect(ada2.viewer).toMatchObject({
			role: 'staff',
			can: { drive: false, manageGuests: true, handOff: true }
		});
		expect(errorCode(await act(a, meetingId, { type: 'timer.pause' }))).toBe('forbidden');
		expect((await act(t, meetingId, { type: 'timer.pause' })).ok).toBe(true);
	});

	it('turns a guest concern into an agenda item when staff accept it', async () => {
		const a = await open(ada);
		await join(a, meetingId);
		const proposals = nextEvent<{ proposals: { id: string; text: string; status: string }[] }>(
			a,
			'meeting:proposals'
		);
		const res = await maria.post(`/meetings/${meetingId}?/propose`, {
			kind: 'concern',
			text: 'Sam is tired after the long bus ride'
		});
		expect(res.status).toBe(200);
		const list = (await proposals).proposals;
		const p = list.find((x) => x.text.includes('bus ride'))!;
		expect(p.status).toBe('proposed');
		expect((await act(a, meetingId, { type: 'proposal.accept', proposalId: p.id })).ok).toBe(true);
		const snap = await snapshotOf(a);
		expect(snap.items.at(-1)).toMatchObject({
			title: 'Sam is tired after the long bus ride',
			presenter: 'Maria Rivera',
			kind: 'discussion'
		});
		expect(errorCode(await act(a, meetingId, { type: 'proposal.accept', proposalId: p.id }))).toBe(
			'not_found'
		);
		// an observer cannot propose
		expect(
			(await obi.post(`/meetings/${meetingId}?/propose`, { kind: 'question', text: 'Hi' })).status
		).toBe(403);
	});

	it('saves an agenda as a team template that a new meeting can start from', async () => {
		const res = await ada.post(`/meetings/${meetingId}?/saveTemplate`, { name: 'Our IEP review' });
		expect(await res.text()).toContain('Saved the template');
		const page = await (await ada.get(`/meetings/new?team=${teamId}`)).text();
		const templateId = /<option value="([0-9a-f-]{36})"[^>]*>Our IEP review/.exec(page)?.[1];
		expect(templateId).toBeDefined();
		const copy = await createMeeting(ada, teamId, { title: 'Copy', template: templateId! });
		const a = await open(ada);
		const [orig, made] = [await snapshotOf(a), await snapshotOf(a, copy)];
		expect(made.items.map((i) => [i.title, i.minutes, i.kind])).toEqual(
			orig.items.map((i) => [i.title, i.minutes, i.kind])
		);
		expect(made.status).toBe('scheduled');
	});

	it('rate-limits a flood of events from one connection, and stays up', async () => {
		const a = await open(ada);
		const results = await Promise.all(Array.from({ length: 80 }, () => a.emitWithAck('time:sync')));
		const limited = results.filter((r) => !r.ok && r.error.code === 'rate_limited');
		expect(limited.length).toBeGreaterThan(0);
		expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(30);
		await new Promise((r) => setTimeout(r, 1200));
		expect((await a.emitWithAck('time:sync')).ok).toBe(true);
	});

	it('ends the meeting for everyone; an ended meeting no longer changes', async () => {
		const [t, m] = await Promise.all([open(tia), open(maria)]);
		await join(t, meetingId);
		await join(m, meetingId);
		const ended = nextEvent<MeetingSnapshot>(m, 'meeting:state');
		expect((await act(t, meetingId, { type: 'meeting.end' })).ok).toBe(true);
		const s = await ended;
		expect(s.status).toBe('ended');
		expect(s.endedAt).not.toBeNull();
		expect(s.timer.runningSince).toBeNull();
		expect(
			errorCode(
				await act(t, meetingId, {
					type: 'agenda.add',
					item: { title: 'late', minutes: 1, kind: 'discussion' }
				})
			)
		).toBe('conflict');
		expect((await snapshotOf(m)).items).toEqual(s.items);
	});
});

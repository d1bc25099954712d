import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../src/lib/protocol/events';
import type { MeetingSnapshot, Question } from '../../src/lib/protocol/meeting';
import { createTestDatabase, targets, type TestDatabase } from '../helpers/databases';
import {
	createJoinLink,
	createMeeting,
	createStudent,
	createTeam,
	joinAsGuest,
	actIn,
	joinMeeting,
	setupAdmin,
	socketFor,
	type TestSocket
} from '../helpers/fixtures';
import type { Browserless } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

const GOAL =
	'By May 2027, given a grade-level passage, Sam will read 110 wcpm with 95% accuracy on 3 of 4 CBM probes, as measured by teacher-charted data.';

describe.each(targets)('the explain API on %s', (kind) => {
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

	const post = (body: unknown, headers: Record<string, string> = {}) =>
		fetch(`${server.url}/api/explain`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		});

	it('returns the parts, what is missing, a plain version, the terms and readability', async () => {
		const res = await post({ text: GOAL, lang: 'en', name: 'Sam' });
		expect(res.status).toBe(200);
		const e = await res.json();
		expect(Object.keys(e).sort()).toEqual(['missing', 'parts', 'plain', 'readability', 'terms']);
		expect(Object.keys(e.parts).sort()).toEqual([
			'behavior',
			'condition',
			'criterion',
			'measurement',
			'reporting',
			'timeframe'
		]);
		expect(e.parts.timeframe).toMatch(/May 2027/);
		expect(e.parts.condition).toMatch(/grade-level passage/);
		expect(e.parts.criterion).toMatch(/95%/);
		expect(e.missing).toEqual([]);
		expect(e.plain).toContain('Sam');
		expect(e.plain).toMatch(/95 out of 100/);
		const terms = e.terms.map((t: { term: string }) => t.term.toUpperCase());
		expect(terms).toEqual(expect.arrayContaining(['WCPM', 'CBM']));
		for (const t of e.terms) expect(GOAL.slice(t.start, t.end).length).toBe(t.end - t.start);
		expect(e.readability.plain.fkGrade).toBeLessThan(e.readability.original.fkGrade);
		expect(e.readability.plain.fkGrade).toBeLessThanOrEqual(6);
	});

	it('answers in Spanish, and says what a goal lacks', async () => {
		const es = await (await post({ text: GOAL, lang: 'es', name: 'Sam' })).json();
		expect(es.plain).toMatch(/95 de cada 100/);
		expect(es.terms.length).toBeGreaterThan(0);
		const vague = await (await post({ text: 'Sam will improve his reading.', lang: 'en' })).json();
		expect(vague.missing).toEqual(expect.arrayContaining(['timeframe', 'criterion']));
	});

	it('refuses empty, over-long and malformed requests with a message', async () => {
		for (const [body, status] of [
			[{ text: '' }, 400],
			[{ text: '   ' }, 400],
			[{ text: 'x'.repeat(2001) }, 400],
			[{ text: GOAL, lang: 'fr' }, 400],
			[{ text: 42 }, 400],
			[{ text: GOAL, extra: true }, 400],
			['not json', 400],
			[{ text: 'x'.repeat(20_000) }, 413]
		] as const) {
			const res = await post(body);
			expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(status);
			expect((await res.json()).error.length).toBeGreaterThan(10);
		}
	});

	it('limits a flood from one address with 429 and Retry-After', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 70; i++) statuses.push((await post({ text: 'Sam will read.' })).status);
		expect(statuses).toContain(429);
		const limited = await post({ text: 'Sam will read.' });
		expect([200, 429]).toContain(limited.status);
		if (limited.status === 429)
			expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
	});
});

describe.each(targets)('goals and questions in a meeting on %s', (kind) => {
	let db: TestDatabase;
	let server: RunningServer;
	let ada: Browserless, maria: Browserless, dad: Browserless, obi: Browserless;
	let studentId: string, meetingId: string, otherMeetingId: string;
	const sockets: TestSocket[] = [];

	async function open(b: Browserless) {
		const s = await socketFor(server, b);
		sockets.push(s);
		return s;
	}
	const join = (s: TestSocket, id = meetingId) => joinMeeting(s, id);
	const act = (s: TestSocket, action: unknown, id = meetingId) => actIn(s, id, action);
	const code = (r: Ack<object>) => (r.ok ? null : r.error.code);

	beforeAll(async () => {
		db = await createTestDatabase(kind);
		server = await startServer(db.env);
		ada = await setupAdmin(server);
		const teamId = await createTeam(ada, 'Team');
		studentId = await createStudent(ada, teamId, 'Sam');
		meetingId = await createMeeting(ada, teamId, { studentId });
		otherMeetingId = await createMeeting(ada, teamId, {
			studentId: await createStudent(ada, teamId, 'Lee')
		});
		const link = await createJoinLink(ada, meetingId, { lobby: false });
		maria = await joinAsGuest(server, link, 'Maria Rivera', 'parent');
		dad = await joinAsGuest(server, link, 'Dan Rivera', 'parent');
		obi = await joinAsGuest(
			server,
			await createJoinLink(ada, meetingId, { role: 'observer', lobby: false }),
			'Obi',
			'specialist'
		);
	});
	afterEach(() => {
		for (const s of sockets.splice(0)) s.close();
	});
	afterAll(async () => {
		await server?.stop('SIGKILL');
		await db?.drop();
	});

	it('adds several pasted goals at once and records progress data', async () => {
		const res = await ada.post(`/students/${studentId}?/goals`, {
			area: 'reading',
			text: `${GOAL}\n\nSam will write a five-sentence paragraph with correct capitalization in 4 out of 5 trials by June 2027.`,
			reporting: 'Quarterly'
		});
		expect(await res.text()).toContain('Added 2 goals.');
		const page = await (await ada.get(`/students/${studentId}`)).text();
		const goalId = /name="goalId" value="([0-9a-f-]{36})"/.exec(page)![1]!;
		expect(
			(
				await ada.post(`/students/${studentId}?/measures`, {
					goalId,
					baseline: '40',
					target: '110',
					unit: 'wcpm',
					targetDate: '2027-05-31'
				})
			).status
		).toBe(200);
		for (const [date, value] of [
			['2026-09-01', '48'],
			['2026-10-01', '55'],
			['2026-11-01', '63']
		]) {
			expect(
				(
					await ada.post(`/students/${studentId}?/point`, {
						goalId,
						date: date!,
						value: value!,
						note: ''
					})
				).status
			).toBe(200);
		}
		const bad = await ada.post(`/students/${studentId}?/point`, {
			goalId,
			date: '2026-11-02',
			value: 'lots',
			note: ''
		});
		expect(bad.status).toBe(400);
		expect(await bad.text()).toContain('Please enter a number.');
		const s = (await join(await open(ada))).snapshot;
		expect(s.goals).toHaveLength(2);
		expect(s.goals[0]).toMatchObject({
			area: 'reading',
			baseline: 40,
			target: 110,
			unit: 'wcpm',
			targetDate: '2027-05-31'
		});
		expect(s.goals[0]!.data.map((d) => d.value)).toEqual([48, 55, 63]);
		// guests of the meeting see the goals too; another student's meeting does not
		expect((await join(await open(maria))).snapshot.goals).toHaveLength(2);
		expect((await join(await open(ada), otherMeetingId)).snapshot.goals).toHaveLength(0);
	});

	it('queues questions, hides a name from other guests when asked, and lets the facilitator show and answer them', async () => {
		const [a, m, d, o] = await Promise.all([open(ada), open(maria), open(dad), open(obi)]);
		const goalId = (await join(a)).snapshot.goals[0]!.id;
		await Promise.all([join(m), join(d), join(o)]);
		const seenByDad = new Promise<{ questions: Question[] }>((r) => d.once('meeting:questions', r));
		expect(
			(
				await act(m, {
					type: 'question.ask',
					about: { kind: 'goal', id: goalId, label: 'Reading' },
					text: 'Can you explain that?',
					hideName: true
				})
			).ok
		).toBe(true);
		const dadView = (await seenByDad).questions[0]!;
		expect(dadView).toMatchObject({
			askerName: null,
			mine: false,
			text: 'Can you explain that?',
			about: { kind: 'goal', label: 'Reading' }
		});
		const staffView = (await join(a)).questions[0]!;
		expect(staffView.askerName).toBe('Maria Rivera');
		const own = (await join(m)).questions[0]!;
		expect(own).toMatchObject({ mine: true, askerName: 'Maria Rivera' });
		// an observer watches only
		expect(code(await act(o, { type: 'question.ask', about: { kind: 'free' }, text: 'Hi' }))).toBe(
			'forbidden'
		);
		// guests cannot show or answer
		expect(code(await act(m, { type: 'question.answer', questionId: own.id }))).toBe('forbidden');
		expect(
			code(await act(m, { type: 'spotlight.set', spotlight: { kind: 'question', id: own.id } }))
		).toBe('forbidden');
		// bad input
		expect(code(await act(m, { type: 'question.ask', about: { kind: 'free' }, text: '' }))).toBe(
			'invalid'
		);
		expect(
			code(await act(m, { type: 'question.ask', about: { kind: 'free' }, text: 'x'.repeat(1001) }))
		).toBe('invalid');

		const shown = new Promise<MeetingSnapshot>((r) => m.once('meeting:state', r));
		expect(
			(await act(a, { type: 'spotlight.set', spotlight: { kind: 'question', id: own.id } })).ok
		).toBe(true);
		const snap = await shown;
		expect(snap.spotlight).toEqual({ kind: 'question', id: own.id });
		// the projector is public: the hidden name stays hidden there
		expect(snap.spotlightQuestion).toMatchObject({
			text: 'Can you explain that?',
			askerName: null
		});
		const answered = new Promise<{ questions: Question[] }>((r) => m.once('meeting:questions', r));
		expect((await act(a, { type: 'question.answer', questionId: own.id })).ok).toBe(true);
		expect((await answered).questions[0]!.status).toBe('answered');
		expect((await join(a)).snapshot.spotlight).toBeNull();
	});

	it('puts a goal on the projector, and refuses another student’s goal or question', async () => {
		const a = await open(ada);
		const goalId = (await join(a)).snapshot.goals[0]!.id;
		expect(
			(await act(a, { type: 'spotlight.set', spotlight: { kind: 'goal', id: goalId } })).ok
		).toBe(true);
		expect((await join(a)).snapshot.spotlight).toEqual({ kind: 'goal', id: goalId });
		await join(a, otherMeetingId);
		expect(
			code(
				await act(
					a,
					{ type: 'spotlight.set', spotlight: { kind: 'goal', id: goalId } },
					otherMeetingId
				)
			)
		).toBe('not_found');
		const q = (await join(a)).questions[0]!;
		expect(
			code(
				await act(
					a,
					{ type: 'spotlight.set', spotlight: { kind: 'question', id: q.id } },
					otherMeetingId
				)
			)
		).toBe('not_found');
		expect(code(await act(a, { type: 'question.answer', questionId: q.id }, otherMeetingId))).toBe(
			'not_found'
		);
		expect((await act(a, { type: 'spotlight.set', spotlight: null })).ok).toBe(true);
	});
});

import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../src/lib/protocol/events';
import type { MeetingSnapshot } from '../../src/lib/protocol/meeting';
import {
	createTestDatabase,
	openTestDatabase,
	targets,
	type TestDatabase
} from '../helpers/databases';
import {
	addMember,
	createJoinLink,
	createMeeting,
	createStudent,
	createTeam,
	inviteStaff,
	joinAsGuest,
	actIn,
	joinMeeting,
	setupAdmin,
	socketFor,
	type TestSocket
} from '../helpers/fixtures';
import { Browserless } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';
import { createMailer, runReminders } from '../../src/lib/server/reminders';
import { createFirstAdmin } from '../../src/lib/server/users';

function isoDay(offsetDays: number): string {
	const d = new Date(Date.now() + offsetDays * 86_400_000);
	return d.toISOString().slice(0, 10);
}

/** A real SMTP server on a free port, keeping every message it receives. */
async function mailbox() {
	const messages: { to: string[]; body: string }[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			let body = '';
			stream.on('data', (c: Buffer) => (body += c.toString()));
			stream.on('end', () => {
				messages.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as { port: number }).port;
	return {
		messages,
		url: `smtp://127.0.0.1:${port}`,
		close: () => new Promise<void>((r) => server.close(() => r()))
	};
}

describe.each(targets)('commitments on %s', (kind) => {
	let db: TestDatabase;
	let server: RunningServer;
	let mail: Awaited<ReturnType<typeof mailbox>>;
	let ada: Browserless, tia: Browserless, oz: Browserless, maria: Browserless;
	let teamId: string, studentId: string, otherStudentId: string, meetingId: string;
	let tiaId: string;
	let familyLink: string;
	const sockets: TestSocket[] = [];

	async function open(b: Browserless) {
		const s = await socketFor(server, b);
		sockets.push(s);
		return s;
	}
	const join = (s: TestSocket, id = meetingId) => joinMeeting(s, id);
	const act = (s: TestSocket, action: unknown, id = meetingId) => actIn(s, id, action);

	beforeAll(async () => {
		mail = await mailbox();
		db = await createTestDatabase(kind);
		server = await startServer({
			...db.env,
			SMTP_URL: mail.url,
			REMINDER_INTERVAL_S: '5',
			MAIL_FROM: 'Roundtable <rt@school.test>'
		});
		ada = await setupAdmin(server);
		tia = await inviteStaff(ada, server, 'Tia Teacher', 'tia@school.org');
		oz = await inviteStaff(ada, server, 'Oz Other', 'oz@school.org');
		teamId = await createTeam(ada, "Sam's team");
		await addMember(ada, teamId, 'tia@school.org');
		studentId = await createStudent(ada, teamId, 'Sam');
		otherStudentId = await createStudent(ada, teamId, 'Lee');
		meetingId = await createMeeting(ada, teamId, { studentId, template: 'iep_progress' });
		maria = await joinAsGuest(
			server,
			await createJoinLink(ada, meetingId, { lobby: false }),
			'Maria Rivera',
			'parent'
		);
		const who = await (await open(tia)).emitWithAck('session:whoami');
		tiaId = (who as { ok: true; user: { id: string } }).user.id;
	});

	afterAll(async () => {
		for (const s of sockets) s.close();
		await server?.stop('SIGKILL');
		await db?.drop();
		await mail?.close();
	});

	it('records action items live, with owners who are staff, a parent, the family or the student', async () => {
		const [a, m] = await Promise.all([open(ada), open(maria)]);
		await join(m);
		const joined = await join(a);
		const mariaId = joined.presence.find((p) => p.name === 'Maria Rivera')!.key.slice(6);
		const item = joined.snapshot.items.find((i) => i.special === 'action_items')!;
		expect(item).toBeDefined();
		const seen = new Promise<MeetingSnapshot>((r) => m.once('meeting:state', r));
		const add = (what: string, owner: object, dueDate = '') =>
			act(a, { type: 'action.add', action: { what, owner, dueDate, agendaItemId: item.id } });
		expect(
			(await add('Send the reading plan home', { kind: 'user', id: tiaId }, isoDay(1))).ok
		).toBe(true);
		expect((await seen).actionItems[0]).toMatchObject({
			what: 'Send the reading plan home',
			owner: { kind: 'user', name: 'Tia Teacher' }
		});
		expect(
			(await add('Read with Sam 15 minutes a night', { kind: 'guest', id: mariaId }, isoDay(10))).ok
		).toBe(true);
		expect((await add('Practice spelling words', { kind: 'family' }, isoDay(-3))).ok).toBe(true);
		expect((await add('Bring the reading log on Fridays', { kind: 'student' })).ok).toBe(true);
		expect((await add('Order large-print books', { kind: 'school_team' }, isoDay(20))).ok).toBe(
			true
		);
		const code = (r: Ack<object>) => (r.ok ? null : r.error.code);
		// owners must belong to this meeting; bad input changes nothing
		expect(code(await add('x', { kind: 'user', id: '00000000-0000-4000-8000-000000000000' }))).toBe(
			'invalid'
		);
		expect(code(await add('x', { kind: 'guest', id: tiaId }))).toBe('invalid');
		expect(
			code(await act(a, { type: 'action.add', action: { what: '', owner: { kind: 'family' } } }))
		).toBe('invalid');
		expect(
			code(
				await act(a, {
					type: 'action.add',
					action: { what: 'x', owner: { kind: 'family' }, dueDate: '31/12/2026' }
				})
			)
		).toBe('invalid');
		expect(
			code(await act(m, { type: 'action.add', action: { what: 'x', owner: { kind: 'family' } } }))
		).toBe('forbidden');
		const temp = await add('Delete me', { kind: 'family' });
		expect(temp.ok).toBe(true);
		const s = (await join(a)).snapshot;
		const del = s.actionItems.find((x) => x.what === 'Delete me')!;
		expect((await act(a, { type: 'action.delete', actionId: del.id })).ok).toBe(true);
		expect((await join(m)).snapshot.actionItems.map((x) => x.what)).toEqual([
			'Send the reading plan home',
			'Read with Sam 15 minutes a night',
			'Practice spelling words',
			'Bring the reading log on Fridays',
			'Order large-print books'
		]);
	});

	it('turns them into commitments when the meeting ends, listed per person, student and team', async () => {
		const a = await open(ada);
		await join(a);
		expect((await act(a, { type: 'meeting.start' })).ok).toBe(true);
		expect((await act(a, { type: 'meeting.end' })).ok).toBe(true);
		const mine = await (await tia.get('/commitments')).text();
		expect(mine).toContain('Send the reading plan home');
		expect(mine).not.toContain('Practice spelling words');
		expect(mine).toContain('Email reminders are on');
		const student = await (await ada.get(`/students/${studentId}?filter=all`)).text();
		for (const w of [
			'Send the reading plan home',
			'Read with Sam',
			'Practice spelling words',
			'Order large-print books'
		])
			expect(student).toContain(w);
		expect(await (await ada.get(`/students/${studentId}?filter=overdue`)).text()).toContain(
			'Practice spelling words'
		);
		const overdue = await (await ada.get(`/students/${studentId}?filter=overdue`)).text();
		expect(overdue).not.toContain('Order large-print books');
		const week = await (await ada.get(`/teams/${teamId}?filter=due_week`)).text();
		expect(week).toContain('Send the reading plan home');
		expect(week).not.toContain('Order large-print books');
		const byOwner = await (await ada.get(`/students/${studentId}?filter=all&owner=Family`)).text();
		expect(byOwner).toContain('Practice spelling words');
		expect(byOwner).not.toContain('Send the reading plan home');
		// staff of another team see none of it
		expect((await oz.get(`/students/${studentId}`)).status).toBe(404);
	});

	it('lets owners and team staff update status with a history; others cannot', async () => {
		const page = await (await tia.get('/commitments')).text();
		const id = /\/commitments\/([0-9a-f-]{36})"/.exec(page)![1]!;
		expect(
			(await tia.post(`/commitments/${id}`, { status: 'in_progress', comment: 'Draft ready' }))
				.status
		).toBe(200);
		const cant = await tia.post(`/commitments/${id}`, { status: 'cant_do', comment: '' });
		expect(cant.status).toBe(400);
		expect(await cant.text()).toContain('Please say why');
		expect(
			(await ada.post(`/commitments/${id}`, { status: 'done', comment: 'Sent on Monday' })).status
		).toBe(200);
		const detail = (await (await tia.get(`/commitments/${id}`)).text()).replace(
			/<!--[^>]*-->/g,
			''
		);
		expect(detail).toMatch(/Tia Teacher<\/strong>: In progress\s*— Draft ready/);
		expect(detail).toMatch(/Ada Admin<\/strong>: Done\s*— Sent on Monday/);
		expect((await oz.get(`/commitments/${id}`)).status).toBe(404);
		expect((await oz.post(`/commitments/${id}`, { status: 'open', comment: '' })).status).toBe(404);
		expect((await maria.get(`/commitments/${id}`)).status).toBe(303);
	});

	it('gives the family a link that shows exactly their student’s family-facing commitments, and stops when revoked', async () => {
		const res = await ada.post(`/students/${studentId}?/familyLink`, {
			label: 'Maria (mother)',
			email: 'maria@home.test'
		});
		familyLink = /\/family\/([a-z2-7]+)/.exec(await res.text())![1]!;
		// another student's commitment must never show
		const lee = await createMeeting(ada, teamId, {
			studentId: otherStudentId,
			template: 'conference'
		});
		const a = await open(ada);
		await join(a, lee);
		await act(
			a,
			{
				type: 'action.add',
				action: { what: 'Secret of another family', owner: { kind: 'family' } }
			},
			lee
		);
		await act(a, { type: 'meeting.start' }, lee);
		await act(a, { type: 'meeting.end' }, lee);

		const family = new Browserless(server.url);
		const html = await (await family.get(`/family/${familyLink}?filter=all`)).text();
		expect(html).toContain('What we agreed for Sam');
		expect(html).toContain('Read with Sam 15 minutes a night');
		expect(html).toContain('Practice spelling words');
		expect(html).toContain('Send the reading plan home'); // the school's commitment to the family
		expect(html).not.toContain('Secret of another family');

		const ids = [...html.matchAll(/name="id" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
		expect(ids.length).toBeGreaterThan(0);
		const done = await family.post(`/family/${familyLink}`, {
			id: ids[0]!,
			status: 'done',
			comment: ''
		});
		expect(await done.text()).toContain('Thank you. The school can see this now.');
		// the family cannot touch the school's commitments, nor another family's
		const schoolId = /\/commitments\/([0-9a-f-]{36})"/.exec(
			await (await tia.get('/commitments?filter=all')).text()
		)![1]!;
		expect(
			(await family.post(`/family/${familyLink}`, { id: schoolId, status: 'open', comment: '' }))
				.status
		).toBe(403);
		// the teacher sees the family's update, by the family's name
		const student = await (await tia.get(`/students/${studentId}?filter=done`)).text();
		expect(student).toContain('Done');
		expect(ids.length).toBeGreaterThan(0);

		const links = await (await ada.get(`/students/${studentId}`)).text();
		const linkId = /action="\?\/revokeFamilyLink"[\s\S]*?name="id" value="([0-9a-f-]{36})"/.exec(
			links
		)![1]!;
		await ada.post(`/students/${studentId}?/revokeFamilyLink`, { id: linkId });
		const after = await (await family.get(`/family/${familyLink}`)).text();
		expect(after).toContain('This link has been turned off');
		expect(after).not.toContain('Read with Sam');
		expect(
			(
				await family.post(`/family/${familyLink}`, {
					id: ids[1] ?? ids[0]!,
					status: 'done',
					comment: ''
				})
			).status
		).toBe(410);
		expect((await family.get(`/family/${familyLink}/calendar.ics`)).status).toBe(410);
	});

	it('offers calendars: one commitment, a person’s feed, and a family feed', async () => {
		const page = await (await tia.get('/commitments?filter=all')).text();
		const id = /\/commitments\/([0-9a-f-]{36})"/.exec(page)![1]!;
		const one = await tia.get(`/commitments/${id}/calendar.ics`);
		expect(one.headers.get('content-type')).toContain('text/calendar');
		const ics = await one.text();
		expect(ics).toContain('BEGIN:VEVENT');
		expect(ics).toContain(`UID:commitment-${id}@`);
		expect(ics).toMatch(new RegExp(`DTSTART;VALUE=DATE:${isoDay(1).replace(/-/g, '')}`));
		const feedPage = await (await tia.post('/commitments?/feed', {})).text();
		const feed = /\/calendar\/([a-z2-7]+\.ics)/.exec(feedPage)![1]!;
		const body = await (await fetch(`${server.url}/calendar/${feed}`)).text();
		expect(body).toContain('Send the reading plan home');
		expect(body).not.toContain('Practice spelling words');
		expect((await fetch(`${server.url}/calendar/${'a'.repeat(32)}.ics`)).status).toBe(404);
		const res = await ada.post(`/students/${studentId}?/familyLink`, { label: 'Dad', email: '' });
		const token = /\/family\/([a-z2-7]+)/.exec(await res.text())![1]!;
		const fam = await (await fetch(`${server.url}/family/${token}/calendar.ics`)).text();
		expect(fam).toContain('Read with Sam 15 minutes a night');
		expect(fam).not.toContain('Secret of another family');
	});

	it('brings open commitments to the next meeting, counts carry-overs, and updates them live', async () => {
		const next = await createMeeting(ada, teamId, {
			studentId,
			template: 'iep_progress',
			title: 'Next review'
		});
		const a = await open(ada);
		const s = (await join(a, next)).snapshot;
		const review = s.items.find((i) => i.special === 'review_commitments')!;
		expect(review.title).toBe('Review commitments');
		expect(s.items.indexOf(review)).toBe(1);
		const open1 = s.reviewing.map((r) => r.what);
		expect(open1).toContain('Read with Sam 15 minutes a night');
		expect(open1).not.toContain('Send the reading plan home'); // done by the school
		expect(open1).not.toContain('Practice spelling words'); // done by the family
		expect(s.reviewing.every((r) => r.carriedCount === 1)).toBe(true);

		const third = await createMeeting(ada, teamId, {
			studentId,
			template: 'conference',
			title: 'Third'
		});
		const t3 = (await join(a, third)).snapshot;
		expect(t3.reviewing.find((r) => r.what === 'Order large-print books')?.carriedCount).toBe(2);

		// during the meeting the facilitator, and the family for its own, update statuses live
		const guest = await joinAsGuest(
			server,
			await createJoinLink(ada, next, { lobby: false }),
			'Maria Rivera',
			'parent'
		);
		const m = await open(guest);
		await join(m, next);
		await act(a, { type: 'meeting.start' }, next);
		const familyItem = s.reviewing.find((r) => r.owner.kind === 'guest')!;
		const schoolItem = s.reviewing.find((r) => r.owner.kind === 'school_team')!;
		const seen = new Promise<MeetingSnapshot>((r) => a.once('meeting:state', r));
		expect(
			(
				await act(
					m,
					{
						type: 'commitment.status',
						actionId: familyItem.id,
						status: 'done',
						comment: 'Every night!'
					},
					next
				)
			).ok
		).toBe(true);
		expect((await seen).reviewing.find((r) => r.id === familyItem.id)?.status).toBe('done');
		const refused = await act(
			m,
			{ type: 'commitment.status', actionId: schoolItem.id, status: 'done' },
			next
		);
		expect(refused.ok ? null : refused.error.code).toBe('forbidden');
		expect(
			(
				await act(
					a,
					{
						type: 'commitment.status',
						actionId: schoolItem.id,
						status: 'in_progress',
						comment: 'Ordered'
					},
					next
				)
			).ok
		).toBe(true);
		// a commitment that is not under review in this meeting cannot be changed through it
		const foreign = await act(
			a,
			{
				type: 'commitment.status',
				actionId: '00000000-0000-4000-8000-000000000000',
				status: 'done'
			},
			next
		);
		expect(foreign.ok ? null : foreign.error.code).toBe('not_found');
	});

	it('emails owners before a due date through a real SMTP server', async () => {
		// Tia's "Send the reading plan home" is done; make a fresh one due tomorrow, owned by Tia and by the family
		const m3 = await createMeeting(ada, teamId, { studentId, template: 'blank', title: 'Quick' });
		const a = await open(ada);
		await join(a, m3);
		await act(
			a,
			{
				type: 'action.add',
				action: {
					what: 'Call the bus company',
					owner: { kind: 'user', id: tiaId },
					dueDate: isoDay(1)
				}
			},
			m3
		);
		await act(
			a,
			{
				type: 'action.add',
				action: { what: 'Sign the permission slip', owner: { kind: 'family' }, dueDate: isoDay(1) }
			},
			m3
		);
		await act(a, { type: 'meeting.start' }, m3);
		await act(a, { type: 'meeting.end' }, m3);
		await ada.post(`/students/${studentId}?/familyLink`, {
			label: 'Maria',
			email: 'maria@home.test'
		});
		const deadline = Date.now() + 20_000;
		const has = (to: string, text: string) =>
			mail.messages.some((x) => x.to.includes(to) && x.body.includes(text));
		while (
			Date.now() < deadline &&
			!(
				has('tia@school.org', 'Call the bus company') &&
				has('maria@home.test', 'Sign the permission slip')
			)
		) {
			await new Promise((r) => setTimeout(r, 250));
		}
		expect(has('tia@school.org', 'Call the bus company')).toBe(true);
		expect(has('maria@home.test', 'Sign the permission slip')).toBe(true);
		// sent once, not at every check
		await new Promise((r) => setTimeout(r, 6000));
		expect(mail.messages.filter((x) => x.body.includes('Call the bus company'))).toHaveLength(1);
	});
});

describe.each(targets)('weekly digest on %s', (kind) => {
	it('sends each staff owner a Monday summary of their open commitments, once', async () => {
		const mail = await mailbox();
		const { db, close } = await openTestDatabase(kind);
		try {
			const ada = await createFirstAdmin(db.sql, {
				name: 'Ada',
				email: 'ada@school.org',
				password: 'a long enough passphrase'
			});
			const [team] = await db.sql<
				{ id: string }[]
			>`insert into teams (name) values ('T') returning id`;
			const [m] = await db.sql<{ id: string }[]>`
				insert into meetings (team_id, kind, title, starts_at, duration_minutes, facilitator_id)
				values (${team!.id}, 'staff', 'Staff', now(), 30, ${ada.id}) returning id`;
			await db.sql`
				insert into action_items (meeting_id, team_id, what, owner_kind, owner_user_id, owner_name, created_by_name, committed_at)
				values (${m!.id}, ${team!.id}, 'Update the schedule', 'user', ${ada.id}, 'Ada', 'Ada', now())`;
			const mailer = createMailer(mail.url);
			const opts = {
				from: 'rt@school.test',
				baseUrl: 'http://localhost',
				today: '2026-11-23',
				weekday: 1
			};
			expect(await runReminders(db.sql, mailer, opts)).toEqual({ dueSoon: 0, digests: 1 });
			expect(await runReminders(db.sql, mailer, opts)).toEqual({ dueSoon: 0, digests: 0 });
			expect(
				await runReminders(db.sql, mailer, { ...opts, today: '2026-11-24', weekday: 2 })
			).toEqual({ dueSoon: 0, digests: 0 });
			mailer.close();
			expect(mail.messages).toHaveLength(1);
			expect(mail.messages[0]!.to).toEqual(['ada@school.org']);
			expect(mail.messages[0]!.body).toContain('Update the schedule');
		} finally {
			await close();
			await mail.close();
		}
	});
});

describe('without SMTP', () => {
	it('says that reminders are off', async () => {
		const db = await createTestDatabase('embedded');
		const server = await startServer({ ...db.env, SMTP_URL: '' });
		try {
			const ada = await setupAdmin(server);
			expect(await (await ada.get('/commitments')).text()).toContain('Email reminders are off');
			expect(server.logs.join('\n')).toContain('email reminders are off');
		} finally {
			await server.stop('SIGKILL');
			await db.drop();
		}
	});
});

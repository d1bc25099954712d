import { io as connect, type Socket } from 'socket.io-client';
import type {
	Ack,
	ClientToServerEvents,
	JoinResult,
	ServerToClientEvents
} from '../../src/lib/protocol/events';
import { Browserless } from './http';
import type { RunningServer } from './server';

/**
 * Factories that build a school through the real HTTP forms, as a person would: the test process never
 * touches the server's database (embedded PGlite belongs to the server process).
 */
export const PASSWORD = 'a long enough passphrase';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

async function expectStatus(res: Response, ok: number[], what: string): Promise<string> {
	const text = await res.text();
	if (!ok.includes(res.status))
		throw new Error(`${what}: HTTP ${res.status}\n${text.slice(0, 500)}`);
	return text;
}

export async function setupAdmin(
	server: RunningServer,
	name = 'Ada Admin',
	email = 'ada@school.org'
) {
	const b = new Browserless(server.url);
	await expectStatus(await b.post('/setup', { name, email, password: PASSWORD }), [303], 'setup');
	return b;
}

export async function inviteStaff(
	admin: Browserless,
	server: RunningServer,
	name: string,
	email: string
) {
	const html = await expectStatus(
		await admin.post('/admin/invitations?/create', { email, role: 'staff' }),
		[200],
		'invite'
	);
	const token = /\/invite\/([a-z2-7]+)/.exec(html)?.[1];
	if (!token) throw new Error('no invitation link in the page');
	const b = new Browserless(server.url);
	await expectStatus(
		await b.post(`/invite/${token}`, { name, email, password: PASSWORD }),
		[303],
		'sign-up'
	);
	return b;
}

export async function createTeam(b: Browserless, name: string): Promise<string> {
	const res = await b.post('/teams/new', { name, description: '' });
	await expectStatus(res, [303], 'create team');
	return res.headers.get('location')!.split('/').pop()!;
}

export async function addMember(
	b: Browserless,
	teamId: string,
	email: string,
	role: 'lead' | 'member' = 'member'
) {
	const html = await expectStatus(
		await b.post(`/teams/${teamId}?/add`, { email, role }),
		[200],
		'add member'
	);
	if (!html.includes('was added to the team')) throw new Error('member not added');
}

export async function createStudent(
	b: Browserless,
	teamId: string,
	firstName: string
): Promise<string> {
	await expectStatus(
		await b.post(`/teams/${teamId}?/student`, {
			firstName,
			lastName: 'Rivera',
			grade: '3',
			school: 'Maple'
		}),
		[200],
		'add student'
	);
	const page = await expectStatus(await b.get(`/teams/${teamId}`), [200], 'team page');
	const id = new RegExp(`/students/([0-9a-f-]{36})">${firstName}`).exec(page)?.[1];
	if (!id) throw new Error('student not listed');
	return id;
}

export async function createMeeting(
	b: Browserless,
	teamId: string,
	opts: { title?: string; template?: string; studentId?: string; duration?: number } = {}
): Promise<string> {
	const res = await b.post('/meetings/new', {
		teamId,
		title: opts.title ?? 'Annual IEP review',
		template: opts.template ?? 'iep_annual',
		studentId: opts.studentId ?? '',
		date: '2026-12-01',
		time: '15:30',
		tzOffset: '0',
		duration: String(opts.duration ?? 60),
		location: 'Room 12',
		videoLink: ''
	});
	await expectStatus(res, [303], 'create meeting');
	return res.headers.get('location')!.split('/').pop()!;
}

export async function createJoinLink(
	b: Browserless,
	meetingId: string,
	opts: { role?: 'participant' | 'observer'; lobby?: boolean } = {}
): Promise<string> {
	const fields: Record<string, string> = {
		role: opts.role ?? 'participant',
		label: '',
		days: '14'
	};
	if (opts.lobby ?? true) fields.lobby = 'on';
	const html = await expectStatus(
		await b.post(`/meetings/${meetingId}?/createLink`, fields),
		[200],
		'create link'
	);
	const token = /\/join\/([a-z2-7]+)/.exec(html)?.[1];
	if (!token) throw new Error('no join link in the page');
	return token;
}

export async function joinAsGuest(
	server: RunningServer,
	token: string,
	name = 'Maria Rivera',
	relation = 'parent'
): Promise<Browserless> {
	const b = new Browserless(server.url);
	await expectStatus(await b.post(`/join/${token}`, { name, relation }), [303], 'join');
	return b;
}

/** A real socket.io client carrying a browser's cookies. */
export async function socketFor(
	server: RunningServer,
	b: Browserless,
	transport: 'websocket' | 'polling' = 'websocket'
): Promise<TestSocket> {
	const socket: TestSocket = connect(server.url, {
		transports: [transport],
		reconnection: false,
		extraHeaders: { cookie: b.cookieHeader }
	});
	await new Promise<void>((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('connect_error', (err) => reject(err));
	});
	return socket;
}

/** Resolves with the next event of that name (or rejects after `ms`). */
export function nextEvent<T>(
	socket: TestSocket,
	event: keyof ServerToClientEvents,
	ms = 5000
): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${ms} ms`)), ms);
		socket.once(event, ((payload: T) => {
			clearTimeout(timer);
			resolve(payload);
		}) as never);
	});
}

export type Joined = Extract<Ack<JoinResult>, { ok: true }>;

/** Joins a meeting on a socket; throws with the server's message if refused. */
export async function joinMeeting(socket: TestSocket, meetingId: string): Promise<Joined> {
	const res = await socket.emitWithAck('meeting:join', { meetingId });
	if (!res.ok) throw new Error(res.error.message);
	return res;
}

/** Sends any action, well-formed or not, as a client could. */
export function actIn(socket: TestSocket, meetingId: string, action: unknown) {
	return socket.emitWithAck('meeting:act', { meetingId, action } as never);
}

import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import * as v from 'valibot';
import { createTranslator, negotiateLocale } from '../../src/lib/i18n';
import type {
	Ack,
	ClientToServerEvents,
	ErrorCode,
	ProtocolError,
	ServerToClientEvents,
	SocketData
} from '../../src/lib/protocol/events';
import { MAX_EVENT_BYTES, MAX_MESSAGE_BYTES } from '../../src/lib/protocol/events';
import { ActRequest, JoinRequest, MeetingAction } from '../../src/lib/protocol/meeting';
import { MAX_NOTES_UPDATE_BYTES } from '../../src/lib/protocol/notes';
import { actorKey, type Actor } from '../../src/lib/server/actors';
import { sessionTokenFromCookieHeader, validateSessionToken } from '../../src/lib/server/auth';
import { getDatabase, sql } from '../../src/lib/server/db';
import { Refusal } from '../../src/lib/server/errors';
import {
	GUEST_COOKIE,
	lobbyOf,
	proposalsOf,
	validateGuestCookie
} from '../../src/lib/server/guests';
import { logger } from '../../src/lib/server/log';
import { applyAction, getSnapshot, meetingAccess } from '../../src/lib/server/meetings';
import { questionRows, redactQuestions } from '../../src/lib/server/goals';
import { registerRealtime } from '../../src/lib/server/realtime-bridge';
import { jsonTooLarge, TokenBucket } from './limits';
import { NotesHub, notesMeetingRoom } from './notes';
import { Presence } from './presence';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, object, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;

const room = (meetingId: string) => `meeting:${meetingId}`;
const staffRoom = (meetingId: string) => `meeting:${meetingId}:staff`;
const guestRoom = (guestId: string) => `guest:${guestId}`;
const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * socket.io on the app's own HTTP server. Polling stays enabled as a fallback: some school networks block
 * WebSockets.
 */
export function createRealtimeServer(httpServer: HttpServer): RealtimeServer {
	const io: RealtimeServer = new Server(httpServer, {
		maxHttpBufferSize: MAX_MESSAGE_BYTES,
		transports: ['polling', 'websocket'],
		serveClient: false
	});
	const hub = attachRealtime(io);
	registerRealtime(hub);
	return io;
}

const STATUS_CODES: Record<number, ErrorCode> = {
	400: 'invalid',
	403: 'forbidden',
	404: 'not_found',
	409: 'conflict',
	410: 'not_found',
	429: 'rate_limited'
};

function cookieValue(header: string | undefined, name: string): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === name) {
			try {
				return decodeURIComponent(part.slice(eq + 1).trim());
			} catch {
				return undefined;
			}
		}
	}
	return undefined;
}

export function attachRealtime(io: RealtimeServer) {
	const log = logger().child({ component: 'realtime' });
	const presence = new Presence();
	const notes = new NotesHub(io, () => getDatabase());
	const NotesOpen = v.strictObject({
		meetingId: v.pipe(v.string(), v.uuid()),
		itemId: v.pipe(v.string(), v.uuid())
	});
	const NotesClose = v.strictObject({ itemId: v.pipe(v.string(), v.uuid()) });

	// The handshake carries the browser's cookies: a staff session, or a guest session for one meeting.
	io.use(async (socket, next) => {
		try {
			const headers = socket.request.headers;
			const db = await sql();
			let actor: Actor | null = null;
			let sessionId: string | null = null;
			const staff = await validateSessionToken(db, sessionTokenFromCookieHeader(headers.cookie));
			if (staff) {
				actor = { kind: 'staff', user: staff.user };
				sessionId = staff.session.id;
			} else {
				const guest = await validateGuestCookie(db, cookieValue(headers.cookie, GUEST_COOKIE));
				if (guest) actor = { kind: 'guest', guest };
			}
			if (!actor) return next(new Error('unauthorized'));
			socket.data.actor = actor;
			socket.data.sessionId = sessionId;
			socket.data.locale = negotiateLocale(
				cookieValue(headers.cookie, 'rt_lang'),
				headers['accept-language'] ?? null
			);
			socket.data.meetings = new Set();
			socket.data.notes = new Map();
			next();
		} catch (err) {
			log.error({ err }, 'socket authentication failed');
			next(new Error('unavailable'));
		}
	});

	function fail(
		socket: RealtimeSocket,
		code: ErrorCode,
		err?: Refusal
	): { ok: false; error: ProtocolError } {
		const t = createTranslator(socket.data.locale);
		const message = err
			? t(err.key, err.values)
			: t(
					(
						{
							invalid: 'errors.badRequest',
							too_large: 'errors.tooLarge',
							rate_limited: 'errors.slowDown',
							unavailable: 'errors.unavailable'
						} as const
					)[code as 'invalid'] ?? 'errors.badRequest'
				);
		return { ok: false, error: { code, message } };
	}

	function errorAck(socket: RealtimeSocket, err: unknown): { ok: false; error: ProtocolError } {
		if (err instanceof Refusal) {
			const code =
				err.key === 'lobby.waiting' ? 'waiting' : (STATUS_CODES[err.status] ?? 'invalid');
			return fail(socket, code, err);
		}
		log.error({ err }, 'socket handler failed');
		return fail(socket, 'unavailable');
	}

	/**
	 * Wraps a handler: a callable ack, a size cap, the per-connection rate limit, then errors turned into
	 * `{ ok: false, error }`. A malformed event never throws out of here.
	 */
	function handle<Req, Res extends object>(
		socket: RealtimeSocket,
		bucket: TokenBucket,
		fn: (req: Req) => Promise<Ack<Res>>,
		tooLarge: (req: Req) => boolean = (req) => jsonTooLarge(req, MAX_EVENT_BYTES)
	) {
		return async (...args: unknown[]) => {
			// Events without a payload arrive as (ack); the others as (payload, ack).
			const ack = args.at(-1);
			const req = (args.length > 1 ? args[0] : undefined) as Req;
			if (typeof ack !== 'function') return;
			const reply = ack as (res: Ack<Res>) => void;
			if (!bucket.take()) return reply(fail(socket, 'rate_limited'));
			if (tooLarge(req)) return reply(fail(socket, 'too_large'));
			try {
				reply(await fn(req));
			} catch (err) {
				reply(errorAck(socket, err));
			}
		};
	}

	async function broadcastPresence(meetingId: string) {
		io.to(room(meetingId)).emit('meeting:presence', {
			meetingId,
			people: presence.list(meetingId)
		});
	}

	// Lobby and proposals go to the staff room only: guests never see each other's waiting or proposals.
	async function broadcastLobby(meetingId: string) {
		const guests = await lobbyOf(await sql(), meetingId);
		io.to(staffRoom(meetingId)).emit('meeting:lobby', { meetingId, guests });
	}

	async function broadcastProposals(meetingId: string) {
		const proposals = await proposalsOf(await sql(), meetingId);
		io.to(staffRoom(meetingId)).emit('meeting:proposals', { meetingId, proposals });
	}

	/** Each connection in the meeting gets the queue as it may see it (hidden names stay hidden from guests). */
	async function broadcastQuestions(meetingId: string) {
		const rows = await questionRows(await sql(), meetingId);
		const ids = io.of('/').adapter.rooms.get(room(meetingId)) ?? new Set<string>();
		for (const id of ids) {
			const s = io.of('/').sockets.get(id);
			if (!s) continue;
			const viewer = { key: actorKey(s.data.actor), staff: s.data.actor.kind === 'staff' };
			s.emit('meeting:questions', { meetingId, questions: redactQuestions(rows, viewer) });
		}
	}

	function leave(socket: RealtimeSocket, meetingId: string) {
		socket.leave(room(meetingId));
		socket.leave(staffRoom(meetingId));
		socket.data.meetings.delete(meetingId);
		if (presence.remove(meetingId, socket.id)) void broadcastPresence(meetingId);
	}

	io.on('connection', (socket: RealtimeSocket) => {
		const bucket = new TokenBucket();
		const actor = socket.data.actor;
		if (socket.data.sessionId) socket.join(sessionRoom(socket.data.sessionId));
		if (actor.kind === 'guest') socket.join(guestRoom(actor.guest.id));

		socket.on(
			'session:whoami',
			handle(socket, bucket, async () => ({
				ok: true as const,
				user:
					actor.kind === 'staff'
						? { id: actor.user.id, name: actor.user.name, isAdmin: actor.user.isAdmin }
						: null,
				guest:
					actor.kind === 'guest'
						? { id: actor.guest.id, name: actor.guest.name, meetingId: actor.guest.meetingId }
						: null
			})) as never
		);

		socket.on(
			'time:sync',
			handle(socket, bucket, async () => ({ ok: true as const, now: Date.now() })) as never
		);

		socket.on(
			'meeting:join',
			handle(socket, bucket, async (req: unknown) => {
				const parsed = v.safeParse(JoinRequest, req);
				if (!parsed.success) return fail(socket, 'invalid');
				const { meetingId } = parsed.output;
				const db = await sql();
				const access = await meetingAccess(db, actor, meetingId);
				const snapshot = await getSnapshot(db, meetingId);
				socket.join(room(meetingId));
				if (access.viewer.can.editAgenda) socket.join(staffRoom(meetingId));
				else socket.leave(staffRoom(meetingId));
				socket.data.meetings.add(meetingId);
				presence.add(meetingId, socket.id, {
					key: actorKey(actor),
					name: access.viewer.name,
					role: access.role,
					...(actor.kind === 'guest' ? { relation: actor.guest.relation } : {})
				});
				void broadcastPresence(meetingId);
				return {
					ok: true as const,
					snapshot,
					viewer: access.viewer,
					presence: presence.list(meetingId),
					...(access.viewer.can.manageGuests ? { lobby: await lobbyOf(db, meetingId) } : {}),
					...(access.viewer.can.editAgenda ? { proposals: await proposalsOf(db, meetingId) } : {}),
					questions: redactQuestions(await questionRows(db, meetingId), {
						key: actorKey(actor),
						staff: actor.kind === 'staff'
					})
				};
			}) as never
		);

		socket.on(
			'meeting:leave',
			handle(socket, bucket, async (req: unknown) => {
				const parsed = v.safeParse(JoinRequest, req);
				if (!parsed.success) return fail(socket, 'invalid');
				leave(socket, parsed.output.meetingId);
				return { ok: true as const };
			}) as never
		);

		socket.on(
			'meeting:act',
			handle(socket, bucket, async (req: unknown) => {
				const outer = v.safeParse(ActRequest, req);
				if (!outer.success) return fail(socket, 'invalid');
				const action = v.safeParse(MeetingAction, outer.output.action);
				if (!action.success) return fail(socket, 'invalid');
				const { meetingId } = outer.output;
				// Acting requires having joined, so every actor has seen the meeting they change.
				if (!socket.data.meetings.has(meetingId)) throw new Refusal('errors.notFound', {}, 404);
				const { snapshot, effects } = await applyAction(
					await sql(),
					actor,
					meetingId,
					action.output,
					Date.now(),
					createTranslator(socket.data.locale)
				);
				io.to(room(meetingId)).emit('meeting:state', snapshot);
				if (effects.guestStatus) {
					const { guestId, status } = effects.guestStatus;
					io.to(guestRoom(guestId)).emit('guest:status', { status });
					if (status === 'denied') io.in(guestRoom(guestId)).disconnectSockets(true);
				}
				if (effects.lobbyChanged) await broadcastLobby(meetingId);
				if (effects.proposalsChanged) await broadcastProposals(meetingId);
				if (effects.questionsChanged) await broadcastQuestions(meetingId);
				if (effects.proposalGuestId)
					io.to(guestRoom(effects.proposalGuestId)).emit('guest:refresh');
				if (effects.facilitatorChanged)
					io.to(room(meetingId)).emit('meeting:rejoin', { meetingId });
				if (effects.notesPermissionsChanged || effects.facilitatorChanged) {
					io.to(room(meetingId))
						.to(notesMeetingRoom(meetingId))
						.emit('notes:permissions', { meetingId });
				}
				return { ok: true as const, version: snapshot.version };
			}) as never
		);

		// Typing sends many small updates: notes have their own, larger allowance.
		const notesBucket = new TokenBucket(500, 200);

		socket.on(
			'notes:open',
			handle(socket, bucket, async (req: unknown) => {
				const parsed = v.safeParse(NotesOpen, req);
				if (!parsed.success) return fail(socket, 'invalid');
				const { meetingId, itemId } = parsed.output;
				const canEdit = await notes.open(socket.id, actor, meetingId, itemId);
				socket.data.notes.set(itemId, { meetingId, canEdit });
				return { ok: true as const, canEdit };
			}) as never
		);

		socket.on(
			'notes:message',
			handle(
				socket,
				notesBucket,
				async (req: { itemId?: unknown; data?: unknown }) => {
					const itemId = typeof req?.itemId === 'string' ? req.itemId : '';
					const data = req?.data;
					if (!(data instanceof Uint8Array) || data.byteLength === 0)
						return fail(socket, 'invalid');
					const open = socket.data.notes.get(itemId);
					const entry = open ? await notes.isOpen(socket.id, itemId) : null;
					if (!open || !entry) throw new Refusal('errors.notFound', {}, 404);
					try {
						const replies = await notes.message(socket.id, entry, data, open.canEdit);
						return { ok: true as const, replies };
					} catch (err) {
						if (err instanceof Refusal) throw err;
						// lib0 decoding errors: a malformed message
						if (err instanceof Error && !('code' in err)) return fail(socket, 'invalid');
						throw err;
					}
				},
				(req) =>
					req?.data instanceof Uint8Array && req.data.byteLength > MAX_NOTES_UPDATE_BYTES + 64
			) as never
		);

		socket.on(
			'notes:close',
			handle(socket, bucket, async (req: unknown) => {
				const parsed = v.safeParse(NotesClose, req);
				if (!parsed.success) return fail(socket, 'invalid');
				socket.data.notes.delete(parsed.output.itemId);
				await notes.close(socket.id, parsed.output.itemId);
				return { ok: true as const };
			}) as never
		);

		socket.on('disconnecting', () => {
			for (const meetingId of socket.data.meetings) leave(socket, meetingId);
			socket.data.notes.clear();
			void notes.closeAll(socket.id);
		});
	});

	/** Used by SvelteKit routes (through realtime-bridge) after they change something live. */
	return {
		async endSession(sessionId: string) {
			io.to(sessionRoom(sessionId)).emit('session:ended', 'signed_out');
			io.in(sessionRoom(sessionId)).disconnectSockets(true);
		},
		async removeGuests(guestIds: string[]) {
			for (const id of guestIds) {
				io.to(guestRoom(id)).emit('guest:status', { status: 'removed' });
				io.in(guestRoom(id)).disconnectSockets(true);
			}
		},
		lobbyChanged: broadcastLobby,
		proposalsChanged: broadcastProposals,
		flushNotes: () => notes.flushAll(),
		notes
	};
}

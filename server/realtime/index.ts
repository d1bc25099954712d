import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { sessionTokenFromCookieHeader, validateSessionToken } from '../../src/lib/server/auth';
import { sql } from '../../src/lib/server/db';
import { logger } from '../../src/lib/server/log';
import {
	MAX_MESSAGE_BYTES,
	type ClientToServerEvents,
	type ServerToClientEvents,
	type SocketData
} from '../../src/lib/protocol/events';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, object, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;

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
	attachRealtime(io);
	return io;
}

export function attachRealtime(io: RealtimeServer): void {
	const log = logger().child({ component: 'realtime' });

	// The handshake carries the browser's session cookie; no valid session, no connection.
	io.use(async (socket, next) => {
		try {
			const token = sessionTokenFromCookieHeader(socket.request.headers.cookie);
			const result = token ? await validateSessionToken(await sql(), token) : null;
			if (!result) return next(new Error('unauthorized'));
			socket.data.user = result.user;
			socket.data.sessionId = result.session.id;
			next();
		} catch (err) {
			log.error({ err }, 'socket authentication failed');
			next(new Error('unavailable'));
		}
	});

	io.on('connection', (socket: RealtimeSocket) => {
		log.debug({ userId: socket.data.user.id, socketId: socket.id }, 'socket connected');
		socket.on('session:whoami', (ack) => {
			if (typeof ack !== 'function') return;
			const { id, name, isAdmin } = socket.data.user;
			ack({ ok: true, user: { id, name, isAdmin } });
		});
	});
}

/** Disconnects every socket of a session, e.g. after sign-out. */
export async function endSession(io: RealtimeServer, sessionId: string): Promise<void> {
	for (const socket of await io.fetchSockets()) {
		if (socket.data.sessionId === sessionId) {
			socket.emit('session:ended', 'signed_out');
			socket.disconnect(true);
		}
	}
}

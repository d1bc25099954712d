import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/protocol/events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: ClientSocket | null = null;

/** One socket.io connection per tab, to the page's own origin; cookies authenticate it. */
export function getSocket(): ClientSocket {
	socket ??= io({ transports: ['polling', 'websocket'], withCredentials: true });
	return socket;
}

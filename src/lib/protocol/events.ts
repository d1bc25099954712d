/**
 * The socket.io event map, shared by the browser and the server (no I/O here). Every client event takes an
 * acknowledgement callback that receives `Ack<T>`: `{ ok: true, ... }` or `{ ok: false, error }`.
 * docs/protocol.md describes each event.
 */
export type Ack<T extends object = object> =
	({ ok: true } & T) | { ok: false; error: ProtocolError };

export interface ProtocolError {
	/** Stable machine-readable code, e.g. `unauthorized`, `invalid`, `forbidden`, `rate_limited`. */
	code: string;
	message: string;
}

export interface WhoAmI {
	user: { id: string; name: string; isAdmin: boolean };
}

export interface ClientToServerEvents {
	'session:whoami': (ack: (res: Ack<WhoAmI>) => void) => void;
}

export interface ServerToClientEvents {
	/** Sent before the server closes the connection on purpose (sign-out, shutdown). */
	'session:ended': (reason: 'signed_out' | 'server_shutdown') => void;
}

export interface SocketData {
	user: { id: string; name: string; email: string; isAdmin: boolean };
	sessionId: string;
}

/** Limits that both ends know, so a client never sends what the server must refuse. */
export const MAX_MESSAGE_BYTES = 1_000_000;

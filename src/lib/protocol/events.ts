import type {
	LobbyGuest,
	MeetingAction,
	MeetingSnapshot,
	PresenceEntry,
	Proposal,
	Question,
	Viewer
} from './meeting';

/**
 * The socket.io event map, shared by the browser and the server (no I/O here). Every client event takes an
 * acknowledgement callback that receives `Ack<T>`: `{ ok: true, ... }` or `{ ok: false, error }`.
 * docs/protocol.md describes each event.
 */
export type Ack<T extends object = object> =
	({ ok: true } & T) | { ok: false; error: ProtocolError };

export type ErrorCode =
	| 'unauthorized'
	| 'invalid'
	| 'too_large'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'waiting'
	| 'rate_limited'
	| 'unavailable';

export interface ProtocolError {
	code: ErrorCode;
	/** A sentence for the person, in their language. */
	message: string;
}

export interface WhoAmI {
	user: { id: string; name: string; isAdmin: boolean } | null;
	guest: { id: string; name: string; meetingId: string } | null;
}

export interface JoinResult {
	snapshot: MeetingSnapshot;
	viewer: Viewer;
	presence: PresenceEntry[];
	/** Only for those who manage guests. */
	lobby?: LobbyGuest[];
	/** Only for those who edit the agenda. */
	proposals?: Proposal[];
	/** The question queue, as this person may see it. */
	questions: Question[];
}

export interface ClientToServerEvents {
	'session:whoami': (ack: (res: Ack<WhoAmI>) => void) => void;
	'time:sync': (ack: (res: Ack<{ now: number }>) => void) => void;
	'meeting:join': (req: { meetingId: string }, ack: (res: Ack<JoinResult>) => void) => void;
	'meeting:leave': (req: { meetingId: string }, ack: (res: Ack) => void) => void;
	'meeting:act': (
		req: { meetingId: string; action: MeetingAction },
		ack: (res: Ack<{ version: number }>) => void
	) => void;
	/** Start following an agenda item's notes; the document is loaded before this answers. */
	'notes:open': (
		req: { meetingId: string; itemId: string },
		ack: (res: Ack<{ canEdit: boolean }>) => void
	) => void;
	/** A y-protocols message (sync or awareness). Updates are acknowledged once stored. */
	'notes:message': (
		req: { itemId: string; data: Uint8Array },
		ack: (res: Ack<{ replies: Uint8Array[] }>) => void
	) => void;
	'notes:close': (req: { itemId: string }, ack: (res: Ack) => void) => void;
}

export interface ServerToClientEvents {
	/** Sent before the server closes the connection on purpose. */
	'session:ended': (reason: 'signed_out' | 'server_shutdown' | 'removed') => void;
	/** The meeting changed; the snapshot carries the new version. */
	'meeting:state': (snapshot: MeetingSnapshot) => void;
	'meeting:presence': (msg: { meetingId: string; people: PresenceEntry[] }) => void;
	'meeting:lobby': (msg: { meetingId: string; guests: LobbyGuest[] }) => void;
	'meeting:proposals': (msg: { meetingId: string; proposals: Proposal[] }) => void;
	/** The question queue changed; each person gets it as they may see it. */
	'meeting:questions': (msg: { meetingId: string; questions: Question[] }) => void;
	/** Roles changed (e.g. a new facilitator): join again to learn your permissions. */
	'meeting:rejoin': (msg: { meetingId: string }) => void;
	/** A y-protocols message for an open notes document (an update or awareness from others). */
	'notes:message': (msg: { itemId: string; data: Uint8Array }) => void;
	/** Who may edit notes changed: open notes again to learn whether you may. */
	'notes:permissions': (msg: { meetingId: string }) => void;
	/** Data shown on this person's page changed (a guest's own proposals): load the page data again. */
	'guest:refresh': () => void;
	/** To one guest: the facilitator admitted or turned them away. */
	'guest:status': (msg: { status: 'admitted' | 'denied' | 'removed' }) => void;
}

export interface SocketData {
	actor: import('../server/actors').Actor;
	/** Staff session id, to end this connection on sign-out. */
	sessionId: string | null;
	locale: string;
	/** Meetings this connection has joined. */
	meetings: Set<string>;
	/** Notes documents this connection has open, and whether it may edit each. */
	notes: Map<string, { meetingId: string; canEdit: boolean }>;
}

/** Limits that both ends know, so a client never sends what the server must refuse. */
export const MAX_MESSAGE_BYTES = 1_000_000;
export const MAX_EVENT_BYTES = 16_384;

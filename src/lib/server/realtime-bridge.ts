/**
 * Lets SvelteKit routes reach the socket.io server that lives beside them in the same process (it is set up
 * by server/index.ts or the Vite plugin, outside SvelteKit's bundle), through one registry on globalThis.
 */
export interface RealtimeBridge {
	/** Disconnects every socket opened with this session. */
	endSession(sessionId: string): Promise<void>;
	/** Tells removed guests and closes their connections. */
	removeGuests(guestIds: string[]): Promise<void>;
	/** Sends the lobby to those who manage guests. */
	lobbyChanged(meetingId: string): Promise<void>;
	/** Sends guests' proposals to those who edit the agenda. */
	proposalsChanged(meetingId: string): Promise<void>;
	/** Writes every notes update still waiting for its batch (before shutdown). */
	flushNotes(): Promise<void>;
}

const KEY = Symbol.for('roundtable.realtime');
type WithBridge = typeof globalThis & { [KEY]?: RealtimeBridge };

export function registerRealtime(bridge: RealtimeBridge): void {
	(globalThis as WithBridge)[KEY] = bridge;
}

export function realtime(): RealtimeBridge | undefined {
	return (globalThis as WithBridge)[KEY];
}

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_AWARENESS, MESSAGE_SYNC, type NotesSaveState } from '$lib/protocol/notes';
import type { ClientSocket } from './socket';

/**
 * A Yjs provider over the tab's socket.io connection, speaking y-protocols sync and awareness for one
 * agenda item's notes. It keeps local edits while offline; after every (re)connect the sync handshake sends
 * the server whatever it lacks. An edit counts as saved only when the server acknowledges it, which it does
 * once the edit is in the database.
 */
export class SocketIOProvider {
	readonly awareness: awarenessProtocol.Awareness;
	state: NotesSaveState = 'offline';
	canEdit = false;
	private unacked = 0;
	/** The server is known to lack some local edits (a send failed, or edits were made offline). */
	private behind = false;
	/** Counts failed edit sends, so a sync reply clears `behind` only if nothing failed meanwhile. */
	private failures = 0;
	private listeners = new Set<(s: NotesSaveState, canEdit: boolean) => void>();
	private destroyed = false;

	constructor(
		private readonly socket: ClientSocket,
		readonly meetingId: string,
		readonly itemId: string,
		readonly doc: Y.Doc
	) {
		this.awareness = new awarenessProtocol.Awareness(doc);
		doc.on('update', this.onDocUpdate);
		this.awareness.on('update', this.onAwarenessUpdate);
		socket.on('connect', this.onConnect);
		socket.on('disconnect', this.onDisconnect);
		socket.on('notes:message', this.onMessage);
		socket.on('notes:permissions', this.onPermissions);
		if (socket.connected) void this.onConnect();
	}

	/** Resolves once every local edit so far is stored on the server. */
	whenSaved(): Promise<void> {
		if (this.state === 'saved') return Promise.resolve();
		return new Promise((resolve) => {
			const off = this.onState((s) => {
				if (s === 'saved') {
					queueMicrotask(() => off());
					resolve();
				}
			});
		});
	}

	onState(fn: (s: NotesSaveState, canEdit: boolean) => void): () => void {
		this.listeners.add(fn);
		fn(this.state, this.canEdit);
		return () => this.listeners.delete(fn);
	}

	private set(state: NotesSaveState) {
		// An answer can arrive after the editor is gone; nobody is listening any more.
		if (this.destroyed) return;
		this.state = state;
		for (const fn of this.listeners) fn(state, this.canEdit);
	}

	private onConnect = async () => {
		const res = await this.socket
			.timeout(15_000)
			.emitWithAck('notes:open', { meetingId: this.meetingId, itemId: this.itemId })
			.catch(() => null);
		if (!res?.ok || this.destroyed) return;
		this.canEdit = res.canEdit;
		const enc = encoding.createEncoder();
		encoding.writeVarUint(enc, MESSAGE_SYNC);
		syncProtocol.writeSyncStep1(enc, this.doc);
		await this.send(encoding.toUint8Array(enc));
		if (this.awareness.getLocalState()) {
			await this.send(this.awarenessMessage([this.doc.clientID]));
		}
		this.refresh();
	};

	/** Saved means: connected, nothing waiting for the server's word, and nothing known to be missing. */
	private refresh() {
		if (this.destroyed) return;
		if (!this.socket.connected) this.set('offline');
		else this.set(this.unacked > 0 || this.behind ? 'saving' : 'saved');
	}

	private onDisconnect = () => this.refresh();

	private onPermissions = (msg: { meetingId: string }) => {
		if (msg.meetingId === this.meetingId && this.socket.connected) void this.onConnect();
	};

	private onMessage = (msg: { itemId: string; data: ArrayBuffer | Uint8Array }) => {
		if (msg.itemId === this.itemId) this.receive(new Uint8Array(msg.data));
	};

	private receive(data: Uint8Array) {
		const decoder = decoding.createDecoder(data);
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_SYNC) {
			const reply = encoding.createEncoder();
			encoding.writeVarUint(reply, MESSAGE_SYNC);
			const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
			// The server's step 1: answer with what it lacks (edits made offline, or lost in a crash).
			if (kind === syncProtocol.messageYjsSyncStep1 && this.canEdit) {
				void this.send(encoding.toUint8Array(reply), 'sync');
			}
		} else if (type === MESSAGE_AWARENESS) {
			awarenessProtocol.applyAwarenessUpdate(
				this.awareness,
				decoding.readVarUint8Array(decoder),
				this
			);
		}
	}

	private onDocUpdate = (update: Uint8Array, origin: unknown) => {
		if (origin === this || !this.canEdit) return;
		const enc = encoding.createEncoder();
		encoding.writeVarUint(enc, MESSAGE_SYNC);
		syncProtocol.writeUpdate(enc, update);
		void this.send(encoding.toUint8Array(enc), 'edit');
	};

	private onAwarenessUpdate = (
		{ added, updated, removed }: Record<string, number[]>,
		origin: unknown
	) => {
		if (origin === this) return;
		const changed = [...added!, ...updated!, ...removed!].filter((id) => id === this.doc.clientID);
		if (changed.length && this.socket.connected) void this.send(this.awarenessMessage(changed));
	};

	private awarenessMessage(clients: number[]): Uint8Array {
		const enc = encoding.createEncoder();
		encoding.writeVarUint(enc, MESSAGE_AWARENESS);
		encoding.writeVarUint8Array(
			enc,
			awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)
		);
		return encoding.toUint8Array(enc);
	}

	/**
	 * Sends one message. Edits ('edit', and 'sync' for the handshake reply that carries everything the
	 * server lacks) are tracked until the server says they are stored.
	 */
	private async send(data: Uint8Array, kind: 'plain' | 'edit' | 'sync' = 'plain'): Promise<void> {
		const isEdit = kind !== 'plain';
		if (!this.socket.connected) {
			// the sync handshake after reconnecting sends it
			if (isEdit) this.behind = true;
			return;
		}
		const failuresBefore = this.failures;
		if (isEdit) {
			this.unacked++;
			this.set('saving');
		}
		const res = await this.socket
			.timeout(20_000)
			.emitWithAck('notes:message', { itemId: this.itemId, data })
			.catch(() => null);
		if (isEdit) this.unacked--;
		if (res?.ok) for (const r of res.replies) this.receive(new Uint8Array(r));
		if (this.destroyed) return;
		if (isEdit && res?.ok && kind === 'sync' && this.failures === failuresBefore)
			this.behind = false;
		if (isEdit && !res?.ok) {
			// Not stored: the edit is still in our document, and a fresh sync handshake sends the server
			// everything it lacks. A refusal for lack of permission is final.
			this.failures++;
			this.behind = true;
			const code = res && !res.ok ? res.error.code : 'unavailable';
			if (code === 'forbidden') this.canEdit = false;
			else this.scheduleResync();
		}
		this.refresh();
	}

	private resyncTimer: ReturnType<typeof setTimeout> | null = null;
	private scheduleResync() {
		this.resyncTimer ??= setTimeout(() => {
			this.resyncTimer = null;
			if (!this.destroyed && this.socket.connected) void this.onConnect();
		}, 1000);
	}

	destroy() {
		this.destroyed = true;
		this.listeners.clear();
		if (this.resyncTimer) clearTimeout(this.resyncTimer);
		awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'destroy');
		this.doc.off('update', this.onDocUpdate);
		this.awareness.off('update', this.onAwarenessUpdate);
		this.socket.off('connect', this.onConnect);
		this.socket.off('disconnect', this.onDisconnect);
		this.socket.off('notes:message', this.onMessage);
		this.socket.off('notes:permissions', this.onPermissions);
		if (this.socket.connected) this.socket.emit('notes:close', { itemId: this.itemId }, () => {});
		this.awareness.destroy();
	}
}

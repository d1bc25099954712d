import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type postgres from 'postgres';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
	MAX_AWARENESS_BYTES,
	MAX_NOTES_UPDATE_BYTES,
	MESSAGE_AWARENESS,
	MESSAGE_SYNC
} from '../../src/lib/protocol/notes';
import type { Actor } from '../../src/lib/server/actors';
import type { Database } from '../../src/lib/server/db';
import { Refusal } from '../../src/lib/server/errors';
import { logger } from '../../src/lib/server/log';
import { meetingAccess } from '../../src/lib/server/meetings';
import { NOTES_FIELD } from '../../src/lib/server/notes-export';
import {
	compactDocument,
	COMPACT_AFTER,
	loadDocument,
	NOTES_CHANNEL,
	storeUpdates,
	updatesSince
} from '../../src/lib/server/notes-store';
import type { RealtimeServer } from './index';

/** Updates are written to the log in batches, at most this long after they arrive. */
const FLUSH_MS = 60;
/** Open documents also poll for other processes' updates, in case a notification was lost. */
const CATCH_UP_MS = 5000;

interface Pending {
	update: Uint8Array;
	done: (err?: unknown) => void;
}

interface Entry {
	itemId: string;
	meetingId: string;
	doc: Y.Doc;
	awareness: awarenessProtocol.Awareness;
	/** Highest log sequence number applied from storage. */
	seq: number;
	pending: Pending[];
	/** The chain of log writes: one batch at a time, in order. */
	flushing: Promise<void>;
	timer: NodeJS.Timeout | null;
	sockets: Set<string>;
	/** Awareness client ids announced by each socket, removed when it leaves. */
	clients: Map<string, Set<number>>;
	catchUp: Promise<void>;
}

const room = (itemId: string) => `notes:${itemId}`;
/** Every connection with some notes of this meeting open: told when who may edit changes. */
export const notesMeetingRoom = (meetingId: string) => `notes-of:${meetingId}`;

function syncUpdateMessage(update: Uint8Array): Uint8Array {
	const enc = encoding.createEncoder();
	encoding.writeVarUint(enc, MESSAGE_SYNC);
	syncProtocol.writeUpdate(enc, update);
	return encoding.toUint8Array(enc);
}

function awarenessMessage(update: Uint8Array): Uint8Array {
	const enc = encoding.createEncoder();
	encoding.writeVarUint(enc, MESSAGE_AWARENESS);
	encoding.writeVarUint8Array(enc, update);
	return encoding.toUint8Array(enc);
}

/**
 * Checks that an update is well-formed, touches only the notes fragment, and can be integrated into the
 * document right now (every struct and deletion it refers to is known or inside it). It is decoded in
 * isolation, never applied, so a refused update cannot reach the document.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): 'ok' | 'empty' | 'invalid' {
	if (update.byteLength === 0 || update.byteLength > MAX_NOTES_UPDATE_BYTES) return 'invalid';
	let decoded: ReturnType<typeof Y.decodeUpdate>;
	try {
		decoded = Y.decodeUpdate(update);
	} catch {
		return 'invalid';
	}
	if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return 'empty';
	const known = Y.decodeStateVector(Y.encodeStateVector(doc));
	const ends = new Map(known);
	for (const s of decoded.structs) {
		if (s instanceof Y.Skip) return 'invalid'; // content the sender does not have
		const start = ends.get(s.id.client) ?? 0;
		if (s.id.clock > start) return 'invalid'; // a gap before this struct
		ends.set(s.id.client, Math.max(start, s.id.clock + s.length));
	}
	const isKnown = (id: Y.ID | null) => !id || id.clock < (ends.get(id.client) ?? 0);
	for (const s of decoded.structs) {
		if (!(s instanceof Y.Item)) continue;
		if (!isKnown(s.origin) || !isKnown(s.rightOrigin)) return 'invalid';
		if (typeof s.parent === 'string' && s.parent !== NOTES_FIELD) return 'invalid';
		if (s.parent instanceof Y.ID && !isKnown(s.parent)) return 'invalid';
	}
	for (const [client, items] of decoded.ds.clients) {
		for (const d of items) if (d.clock + d.len > (ends.get(client) ?? 0)) return 'invalid';
	}
	return 'ok';
}

export class NotesHub {
	private entries = new Map<string, Promise<Entry>>();
	private log = logger().child({ component: 'notes' });
	private poll: NodeJS.Timeout;
	private unlisten: (() => Promise<void>) | null = null;

	constructor(
		private readonly io: RealtimeServer,
		private readonly db: () => Promise<Database>
	) {
		this.poll = setInterval(() => {
			for (const p of this.entries.values())
				void p.then((e) => this.queueCatchUp(e)).catch(() => {});
		}, CATCH_UP_MS);
		this.poll.unref();
		void this.listen();
	}

	/** Several processes: learn of other processes' updates by LISTEN/NOTIFY (PostgreSQL only). */
	private async listen() {
		try {
			const db = await this.db();
			if (db.kind !== 'postgres') return;
			const sub = await db.sql.listen(NOTES_CHANNEL, (payload) => {
				const [itemId, seq] = payload.split(':');
				const entry = itemId ? this.entries.get(itemId) : undefined;
				if (entry)
					void entry
						.then((e) => {
							if (Number(seq) > e.seq) void this.queueCatchUp(e);
						})
						.catch(() => {});
			});
			this.unlisten = () => sub.unlisten();
		} catch (err) {
			this.log.error({ err }, 'cannot listen for notes updates');
		}
	}

	private queueCatchUp(e: Entry) {
		e.catchUp = e.catchUp
			.then(() => this.catchUp(e))
			.catch((err) => this.log.error({ err }, 'catch-up failed'));
		return e.catchUp;
	}

	private async catchUp(e: Entry) {
		const db = await this.db();
		const since = await updatesSince(db.sql, e.itemId, e.seq);
		if (since === null) {
			const state = await loadDocument(db.sql, e.itemId);
			Y.applyUpdate(e.doc, state.update, 'storage');
			e.seq = state.seq;
			return;
		}
		for (const u of since.updates) Y.applyUpdate(e.doc, u, 'storage');
		e.seq = since.seq;
	}

	/** Loads a document (snapshot + log) once per process; callers wait until it is loaded. */
	private entry(meetingId: string, itemId: string): Promise<Entry> {
		let p = this.entries.get(itemId);
		if (!p) {
			p = this.load(meetingId, itemId);
			this.entries.set(itemId, p);
			p.catch(() => this.entries.delete(itemId));
		}
		return p;
	}

	private async load(meetingId: string, itemId: string): Promise<Entry> {
		const db = await this.db();
		const state = await loadDocument(db.sql, itemId);
		const doc = new Y.Doc({ gc: true });
		Y.applyUpdate(doc, state.update, 'storage');
		const awareness = new awarenessProtocol.Awareness(doc);
		awareness.setLocalState(null);
		const e: Entry = {
			itemId,
			meetingId,
			doc,
			awareness,
			seq: state.seq,
			pending: [],
			flushing: Promise.resolve(),
			timer: null,
			sockets: new Set(),
			clients: new Map(),
			catchUp: Promise.resolve()
		};
		// Relay every change at once to the other editors; the disk write follows in its batch.
		doc.on('update', (update: Uint8Array, origin: unknown) => {
			const target = this.io.to(room(itemId));
			(typeof origin === 'string' ? target.except(origin) : target).emit('notes:message', {
				itemId,
				data: syncUpdateMessage(update)
			});
		});
		awareness.on(
			'update',
			({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
				const changed = [...added!, ...updated!, ...removed!];
				const update = awarenessProtocol.encodeAwarenessUpdate(awareness, changed);
				const target = this.io.to(room(itemId));
				(typeof origin === 'string' ? target.except(origin) : target).emit('notes:message', {
					itemId,
					data: awarenessMessage(update)
				});
			}
		);
		return e;
	}

	/** Whether this actor may change the notes of this item (docs/permissions.md). */
	async canEdit(actor: Actor, meetingId: string, itemId: string): Promise<boolean> {
		const db = await this.db();
		const access = await meetingAccess(db.sql, actor, meetingId);
		const [item] = await db.sql<
			{ guestsCanEdit: boolean; meetingGuests: boolean; status: string }[]
		>`
			select i.guests_can_edit_notes as "guestsCanEdit", m.guests_can_edit_notes as "meetingGuests", m.status
			from agenda_items i join meetings m on m.id = i.meeting_id
			where i.id = ${itemId} and i.meeting_id = ${meetingId}`;
		if (!item) throw new Refusal('errors.notFound', {}, 404);
		if (access.viewer.can.editAgenda) return true;
		return access.role === 'guest' && (item.guestsCanEdit || item.meetingGuests);
	}

	/** Opens an item's notes for a socket: checks access, loads the document, joins its room. */
	async open(socketId: string, actor: Actor, meetingId: string, itemId: string): Promise<boolean> {
		const canEdit = await this.canEdit(actor, meetingId, itemId);
		const e = await this.entry(meetingId, itemId);
		e.sockets.add(socketId);
		this.io.in(socketId).socketsJoin([room(itemId), notesMeetingRoom(meetingId)]);
		return canEdit;
	}

	isOpen(socketId: string, itemId: string): Promise<Entry | null> {
		const p = this.entries.get(itemId);
		return p ? p.then((e) => (e.sockets.has(socketId) ? e : null)) : Promise.resolve(null);
	}

	/**
	 * Handles one y-protocols message from a socket. Returns the replies to send back (sync step 2 and the
	 * server's step 1 after a client's step 1), and resolves only once an update is stored.
	 */
	async message(
		socketId: string,
		e: Entry,
		data: Uint8Array,
		canEdit: boolean
	): Promise<Uint8Array[]> {
		const decoder = decoding.createDecoder(data);
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_AWARENESS) {
			const update = decoding.readVarUint8Array(decoder);
			if (update.byteLength > MAX_AWARENESS_BYTES) throw new Refusal('errors.tooLarge', {}, 400);
			const ids = awarenessClientIds(update);
			const owned = e.clients.get(socketId) ?? new Set<number>();
			// A connection may speak only for its own editors, never remove or rename someone else's caret.
			for (const [other, theirs] of e.clients) {
				if (other !== socketId && ids.some((id) => theirs.has(id)))
					throw new Refusal('errors.forbidden', {}, 403);
			}
			for (const id of ids) owned.add(id);
			e.clients.set(socketId, owned);
			awarenessProtocol.applyAwarenessUpdate(e.awareness, update, socketId);
			return [];
		}
		if (type !== MESSAGE_SYNC) throw new Refusal('errors.badRequest', {}, 400);
		const syncType = decoding.readVarUint(decoder);
		if (syncType === syncProtocol.messageYjsSyncStep1) {
			const sv = decoding.readVarUint8Array(decoder);
			const step2 = encoding.createEncoder();
			encoding.writeVarUint(step2, MESSAGE_SYNC);
			syncProtocol.writeSyncStep2(step2, e.doc, sv);
			const step1 = encoding.createEncoder();
			encoding.writeVarUint(step1, MESSAGE_SYNC);
			syncProtocol.writeSyncStep1(step1, e.doc);
			return [encoding.toUint8Array(step2), encoding.toUint8Array(step1)];
		}
		if (
			syncType !== syncProtocol.messageYjsSyncStep2 &&
			syncType !== syncProtocol.messageYjsUpdate
		) {
			throw new Refusal('errors.badRequest', {}, 400);
		}
		const update = decoding.readVarUint8Array(decoder);
		// Read-only participants' updates are dropped here and never reach the document.
		if (!canEdit) throw new Refusal('notes.readOnlyRefusal', {}, 403);
		const check = checkUpdate(e.doc, update);
		if (check === 'invalid') throw new Refusal('notes.badUpdate', {}, 400);
		if (check === 'empty') return []; // e.g. the sync reply of a client that has nothing new
		Y.applyUpdate(e.doc, update, socketId);
		await this.persist(e, update);
		return [];
	}

	private persist(e: Entry, update: Uint8Array): Promise<void> {
		return new Promise((resolve, reject) => {
			e.pending.push({ update, done: (err) => (err ? reject(err) : resolve()) });
			e.timer ??= setTimeout(() => void this.flush(e), FLUSH_MS);
		});
	}

	/** Writes what is pending to the log, after any write already under way, then acknowledges it. */
	private flush(e: Entry): Promise<void> {
		if (e.timer) clearTimeout(e.timer);
		e.timer = null;
		e.flushing = e.flushing.then(() => this.writeBatch(e));
		return e.flushing;
	}

	private async writeBatch(e: Entry): Promise<void> {
		const batch = e.pending.splice(0);
		if (!batch.length) return;
		try {
			const db = await this.db();
			const { tail } = await storeUpdates(
				db.sql as postgres.Sql,
				e.meetingId,
				e.itemId,
				batch.map((p) => p.update),
				db.kind === 'postgres'
			);
			for (const p of batch) p.done();
			if (tail > COMPACT_AFTER) {
				compactDocument(db.sql, e.itemId).catch((err) =>
					this.log.error({ err }, 'compaction failed')
				);
			}
		} catch (err) {
			this.log.error({ err, itemId: e.itemId }, 'cannot store notes updates');
			for (const p of batch) p.done(err);
		}
	}

	/** A socket leaves an item's notes: its carets go, and a document no one has open is freed. */
	async close(socketId: string, itemId: string): Promise<void> {
		const p = this.entries.get(itemId);
		if (!p) return;
		const e = await p;
		e.sockets.delete(socketId);
		this.io.in(socketId).socketsLeave(room(itemId));
		const ids = e.clients.get(socketId);
		e.clients.delete(socketId);
		if (ids?.size) awarenessProtocol.removeAwarenessStates(e.awareness, [...ids], 'server');
		if (e.sockets.size === 0) {
			await this.flush(e);
			if (e.sockets.size === 0 && this.entries.get(itemId) === p) {
				this.entries.delete(itemId);
				e.awareness.destroy();
				e.doc.destroy();
			}
		}
	}

	async closeAll(socketId: string): Promise<void> {
		const all = [...this.entries.entries()];
		await Promise.all(
			all.map(async ([itemId, p]) => {
				const e = await p.catch(() => null);
				if (e?.sockets.has(socketId)) await this.close(socketId, itemId);
			})
		);
	}

	/** Stores everything pending (graceful shutdown). */
	async flushAll(): Promise<void> {
		clearInterval(this.poll);
		await this.unlisten?.().catch(() => {});
		await Promise.all(
			[...this.entries.values()].map(async (p) => {
				const e = await p.catch(() => null);
				if (e) await this.flush(e);
			})
		);
	}

	/** For tests and monitoring. */
	get openDocuments(): number {
		return this.entries.size;
	}
}

function awarenessClientIds(update: Uint8Array): number[] {
	const decoder = decoding.createDecoder(update);
	const n = decoding.readVarUint(decoder);
	const ids: number[] = [];
	for (let i = 0; i < n; i++) {
		ids.push(decoding.readVarUint(decoder));
		decoding.readVarUint(decoder); // clock
		decoding.readVarString(decoder); // state JSON
	}
	return ids;
}

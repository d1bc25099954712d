import type postgres from 'postgres';
import * as Y from 'yjs';
import type { Sql } from './db';

/**
 * Storage of notes documents (one Yjs document per agenda item): a snapshot plus an append-only log of
 * updates, after Hocuspocus' `extension-database` (`loadDocument` / `storeUpdates`).
 */
export const NOTES_CHANNEL = 'roundtable_notes';

/** Compact once this many updates follow the snapshot. */
export const COMPACT_AFTER = 300;

function lockKey(itemId: string): string {
	return `notes:${itemId}`;
}

export interface LoadedState {
	/** Everything stored, as one Yjs update (empty document: a valid empty update). */
	update: Uint8Array;
	/** The highest log sequence number included. */
	seq: number;
	/** Updates after the snapshot. */
	tail: number;
}

/** Snapshot + every update after it, merged. */
export async function loadDocument(sql: Sql, itemId: string): Promise<LoadedState> {
	const [doc] = await sql<{ snapshot: Buffer | null; snapshotSeq: number }[]>`
		select snapshot, snapshot_seq as "snapshotSeq" from notes_documents where item_id = ${itemId}`;
	const snapshotSeq = doc?.snapshotSeq ?? 0;
	const rows = await sql<{ seq: number; update: Buffer }[]>`
		select seq, update from notes_updates where item_id = ${itemId} and seq > ${snapshotSeq} order by seq`;
	// Applied to a real document rather than merged as bytes: Yjs then integrates updates in any order and
	// the result is exactly what every client converges to.
	const ydoc = new Y.Doc({ gc: true });
	if (doc?.snapshot) Y.applyUpdate(ydoc, new Uint8Array(doc.snapshot));
	for (const r of rows) Y.applyUpdate(ydoc, new Uint8Array(r.update));
	const update = Y.encodeStateAsUpdate(ydoc);
	ydoc.destroy();
	return { update, seq: rows.at(-1)?.seq ?? snapshotSeq, tail: rows.length };
}

/** Updates stored after `afterSeq` (for catching up with other processes), or null if compacted past it. */
export async function updatesSince(
	sql: Sql,
	itemId: string,
	afterSeq: number
): Promise<{ updates: Uint8Array[]; seq: number } | null> {
	const [doc] = await sql<{ snapshotSeq: number }[]>`
		select snapshot_seq as "snapshotSeq" from notes_documents where item_id = ${itemId}`;
	if (doc && doc.snapshotSeq > afterSeq) return null;
	const rows = await sql<{ seq: number; update: Buffer }[]>`
		select seq, update from notes_updates where item_id = ${itemId} and seq > ${afterSeq} order by seq`;
	return { updates: rows.map((r) => new Uint8Array(r.update)), seq: rows.at(-1)?.seq ?? afterSeq };
}

/**
 * Appends updates to the log in one transaction, numbered after the last one under a per-document advisory
 * lock, and tells other processes. Returns the new last sequence number and how long the tail is.
 */
export async function storeUpdates(
	sql: postgres.Sql,
	meetingId: string,
	itemId: string,
	updates: Uint8Array[],
	notify: boolean
): Promise<{ seq: number; tail: number }> {
	return sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(hashtextextended(${lockKey(itemId)}, 0))`;
		await tx`
			insert into notes_documents (item_id, meeting_id) values (${itemId}, ${meetingId})
			on conflict (item_id) do nothing`;
		const [state] = await tx<{ last: number; snapshotSeq: number }[]>`
			select coalesce((select max(seq) from notes_updates where item_id = ${itemId}), d.snapshot_seq) as last,
				d.snapshot_seq as "snapshotSeq"
			from notes_documents d where d.item_id = ${itemId}`;
		let seq = state!.last;
		for (const u of updates) {
			seq += 1;
			await tx`insert into notes_updates (item_id, seq, update) values (${itemId}, ${seq}, ${Buffer.from(u)})`;
		}
		await tx`update notes_documents set updated_at = now() where item_id = ${itemId}`;
		if (notify) await tx`select pg_notify(${NOTES_CHANNEL}, ${`${itemId}:${seq}`})`;
		return { seq, tail: seq - state!.snapshotSeq };
	});
}

/**
 * Merges the log into the snapshot in one transaction under the document's advisory lock, so it never
 * races a writer or another compaction. A cold load afterwards gives the same document.
 */
export async function compactDocument(sql: postgres.Sql, itemId: string): Promise<number> {
	return sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(hashtextextended(${lockKey(itemId)}, 0))`;
		const state = await loadDocument(tx, itemId);
		if (state.tail === 0) return 0;
		await tx`
			update notes_documents set snapshot = ${Buffer.from(state.update)}, snapshot_seq = ${state.seq},
				updated_at = now()
			where item_id = ${itemId}`;
		await tx`delete from notes_updates where item_id = ${itemId} and seq <= ${state.seq}`;
		return state.tail;
	});
}

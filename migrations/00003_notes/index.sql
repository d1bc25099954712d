-- Co-edited notes: one Yjs document per agenda item, stored as a snapshot plus an append-only update log.

create table notes_documents (
	item_id uuid primary key references agenda_items (id) on delete cascade,
	meeting_id uuid not null references meetings (id) on delete cascade,
	-- Yjs update holding everything up to and including snapshot_seq; null before the first compaction.
	snapshot bytea,
	snapshot_seq integer not null default 0,
	updated_at timestamptz not null default now()
);
create index notes_documents_meeting_idx on notes_documents (meeting_id);

-- seq is gap-free per document and given out under an advisory lock, so it follows commit order:
-- a process that has applied everything up to seq N can catch up with `where seq > N`.
create table notes_updates (
	item_id uuid not null references agenda_items (id) on delete cascade,
	seq integer not null,
	update bytea not null,
	created_at timestamptz not null default now(),
	primary key (item_id, seq)
);

alter table meetings add column guests_can_edit_notes boolean not null default false;
alter table agenda_items add column guests_can_edit_notes boolean not null default false;

-- Action items made in meetings, which become tracked commitments when the meeting ends; their history;
-- family links per student; calendar feed tokens; reminder bookkeeping.

alter table agenda_items add column special text check (special in ('action_items', 'review_commitments'));

create table action_items (
	id uuid primary key default gen_random_uuid(),
	meeting_id uuid not null references meetings (id) on delete cascade,
	team_id uuid not null references teams (id) on delete cascade,
	student_id uuid references students (id) on delete set null,
	agenda_item_id uuid references agenda_items (id) on delete set null,
	what text not null,
	-- Who owns it: a staff member, a guest of the meeting (a parent), or a group.
	owner_kind text not null check (owner_kind in ('user', 'guest', 'family', 'school_team', 'student')),
	owner_user_id uuid references users (id) on delete set null,
	owner_guest_id uuid references guests (id) on delete set null,
	owner_name text not null,
	due_date date,
	-- Shown to the family through the student's family link.
	family_visible boolean not null default true,
	status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'cant_do')),
	status_reason text,
	-- Set when the meeting ends: from then on it is a commitment.
	committed_at timestamptz,
	-- How many later meetings brought it back to the table.
	carried_count integer not null default 0,
	created_by_name text not null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index action_items_meeting_idx on action_items (meeting_id);
create index action_items_student_idx on action_items (student_id) where committed_at is not null;
create index action_items_team_idx on action_items (team_id) where committed_at is not null;
create index action_items_owner_user_idx on action_items (owner_user_id) where committed_at is not null;

create table commitment_updates (
	id uuid primary key default gen_random_uuid(),
	action_item_id uuid not null references action_items (id) on delete cascade,
	by_name text not null,
	by_user_id uuid references users (id) on delete set null,
	by_family boolean not null default false,
	status text not null check (status in ('open', 'in_progress', 'done', 'cant_do')),
	comment text not null default '',
	created_at timestamptz not null default now()
);
create index commitment_updates_item_idx on commitment_updates (action_item_id, created_at);

-- Which earlier commitments a meeting's "Review commitments" item brought back.
create table meeting_reviews (
	meeting_id uuid not null references meetings (id) on delete cascade,
	action_item_id uuid not null references action_items (id) on delete cascade,
	primary key (meeting_id, action_item_id)
);

create table family_links (
	id uuid primary key default gen_random_uuid(),
	student_id uuid not null references students (id) on delete cascade,
	token_hash bytea not null unique,
	label text not null default '',
	email text,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now(),
	revoked_at timestamptz,
	last_used_at timestamptz
);
create index family_links_student_idx on family_links (student_id);

create table calendar_feeds (
	id uuid primary key default gen_random_uuid(),
	user_id uuid not null references users (id) on delete cascade,
	token_hash bytea not null unique,
	created_at timestamptz not null default now(),
	revoked_at timestamptz
);

create table reminders_sent (
	key text primary key,
	sent_at timestamptz not null default now()
);

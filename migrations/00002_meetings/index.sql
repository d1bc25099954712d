-- Students, meetings with a live agenda and timer, join links for guests, guests, and guests' proposals.

create table students (
	id uuid primary key default gen_random_uuid(),
	team_id uuid not null references teams (id) on delete cascade,
	first_name text not null,
	last_name text not null default '',
	grade text not null default '',
	school text not null default '',
	created_at timestamptz not null default now()
);
create index students_team_id_idx on students (team_id);

create table meetings (
	id uuid primary key default gen_random_uuid(),
	team_id uuid not null references teams (id) on delete cascade,
	student_id uuid references students (id) on delete set null,
	kind text not null check (kind in ('iep_annual', 'iep_progress', 'sst', 'conference', 'staff', 'other')),
	title text not null,
	starts_at timestamptz not null,
	duration_minutes integer not null check (duration_minutes between 5 and 600),
	location text not null default '',
	video_link text not null default '',
	status text not null default 'scheduled' check (status in ('scheduled', 'live', 'ended')),
	facilitator_id uuid not null references users (id),
	-- Bumped by every change; clients use it to notice a missed update.
	version integer not null default 1,
	current_item_id uuid,
	-- The timer is state, not ticks: clients compute the countdown from these and a server-clock offset.
	timer_duration_ms integer not null default 0,
	timer_elapsed_ms integer not null default 0,
	timer_running_since timestamptz,
	started_at timestamptz,
	ended_at timestamptz,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);
create index meetings_team_id_idx on meetings (team_id, starts_at);
create index meetings_student_id_idx on meetings (student_id, starts_at);

create table agenda_items (
	id uuid primary key default gen_random_uuid(),
	meeting_id uuid not null references meetings (id) on delete cascade,
	position integer not null,
	title text not null,
	description text not null default '',
	minutes integer not null check (minutes between 0 and 600),
	presenter text not null default '',
	kind text not null check (kind in ('information', 'discussion', 'decision', 'celebration')),
	decision text,
	decision_agreed_by text,
	decided_at timestamptz,
	decided_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);
create index agenda_items_meeting_idx on agenda_items (meeting_id, position);

alter table meetings add constraint meetings_current_item_fk
	foreign key (current_item_id) references agenda_items (id) on delete set null;

create table agenda_templates (
	id uuid primary key default gen_random_uuid(),
	team_id uuid not null references teams (id) on delete cascade,
	name text not null,
	kind text not null,
	items jsonb not null,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);
create index agenda_templates_team_idx on agenda_templates (team_id);

create table join_links (
	id uuid primary key default gen_random_uuid(),
	meeting_id uuid not null references meetings (id) on delete cascade,
	token_hash bytea not null unique,
	role text not null check (role in ('participant', 'observer')),
	lobby boolean not null default true,
	label text not null default '',
	expires_at timestamptz not null,
	revoked_at timestamptz,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);
create index join_links_meeting_idx on join_links (meeting_id);

create table guests (
	id uuid primary key default gen_random_uuid(),
	meeting_id uuid not null references meetings (id) on delete cascade,
	link_id uuid not null references join_links (id) on delete cascade,
	display_name text not null,
	relation text not null check (relation in ('parent', 'interpreter', 'student', 'specialist', 'other')),
	status text not null check (status in ('waiting', 'admitted', 'denied', 'removed')),
	-- Guest sessions: cookie "<guest id>.<secret>", only SHA-256(secret) stored, like staff sessions.
	secret_hash bytea not null,
	created_at timestamptz not null default now(),
	admitted_at timestamptz
);
create index guests_meeting_idx on guests (meeting_id);

create table proposals (
	id uuid primary key default gen_random_uuid(),
	meeting_id uuid not null references meetings (id) on delete cascade,
	guest_id uuid references guests (id) on delete set null,
	author_name text not null,
	kind text not null check (kind in ('concern', 'question')),
	text text not null,
	status text not null default 'proposed' check (status in ('proposed', 'accepted', 'dismissed')),
	created_at timestamptz not null default now()
);
create index proposals_meeting_idx on proposals (meeting_id);

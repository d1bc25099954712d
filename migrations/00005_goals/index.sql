-- IEP goals of a student, the progress data recorded for them, and a meeting's question queue.

create table goals (
	id uuid primary key default gen_random_uuid(),
	student_id uuid not null references students (id) on delete cascade,
	area text not null check (area in ('reading', 'writing', 'math', 'communication', 'behaviour',
		'social-emotional', 'motor', 'adaptive', 'transition')),
	text text not null,
	baseline numeric,
	target numeric,
	unit text not null default '',
	target_date date,
	reporting text not null default '',
	position integer not null default 0,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);
create index goals_student_idx on goals (student_id, position);

create table goal_data (
	id uuid primary key default gen_random_uuid(),
	goal_id uuid not null references goals (id) on delete cascade,
	measured_on date not null,
	value numeric not null,
	note text not null default '',
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);
create index goal_data_goal_idx on goal_data (goal_id, measured_on);

create table questions (
	id uuid primary key default gen_random_uuid(),
	meeting_id uuid not null references meetings (id) on delete cascade,
	asker_key text not null,
	asker_name text not null,
	-- The asker chose to hide their name from other guests (staff still see it).
	hide_name boolean not null default false,
	-- What the question is about: a goal, an agenda item, a term, or nothing in particular.
	about_kind text not null check (about_kind in ('goal', 'item', 'term', 'free')),
	about_id text,
	about_label text not null default '',
	text text not null,
	status text not null default 'open' check (status in ('open', 'answered')),
	created_at timestamptz not null default now(),
	answered_at timestamptz
);
create index questions_meeting_idx on questions (meeting_id, created_at);

-- What the facilitator puts on the projector besides the current item: a goal (with its chart) or a question.
alter table meetings add column spotlight_kind text check (spotlight_kind in ('goal', 'question'));
alter table meetings add column spotlight_id uuid;
alter table agenda_items drop constraint if exists agenda_items_special_check;
alter table agenda_items add constraint agenda_items_special_check
	check (special in ('action_items', 'review_commitments', 'goals_review'));

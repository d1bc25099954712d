-- Staff accounts, sessions, invitations, teams, and the counters behind rate limits.

create table users (
	id uuid primary key default gen_random_uuid(),
	email text not null,
	name text not null,
	password_hash text not null,
	is_admin boolean not null default false,
	created_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

-- Sessions as lucia-auth.com teaches: the token is "<id>.<secret>"; only the SHA-256 of the secret is kept.
create table sessions (
	id text primary key,
	secret_hash bytea not null,
	user_id uuid not null references users (id) on delete cascade,
	created_at timestamptz not null default now(),
	last_verified_at timestamptz not null default now(),
	expires_at timestamptz not null
);
create index sessions_user_id_idx on sessions (user_id);

create table invitations (
	id uuid primary key default gen_random_uuid(),
	token_hash bytea not null unique,
	email text,
	is_admin boolean not null default false,
	invited_by uuid not null references users (id) on delete cascade,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	used_at timestamptz,
	used_by uuid references users (id) on delete set null,
	revoked_at timestamptz
);

create table teams (
	id uuid primary key default gen_random_uuid(),
	name text not null,
	description text not null default '',
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);

create table team_members (
	team_id uuid not null references teams (id) on delete cascade,
	user_id uuid not null references users (id) on delete cascade,
	role text not null check (role in ('lead', 'member')),
	added_at timestamptz not null default now(),
	primary key (team_id, user_id)
);
create index team_members_user_id_idx on team_members (user_id);

-- Fixed-window counters for rate limits (sign-in per account and per address). In the database, not in
-- memory, so several app processes share them.
create table rate_limits (
	key text primary key,
	window_start timestamptz not null,
	count integer not null
);

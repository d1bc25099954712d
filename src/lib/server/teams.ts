import type postgres from 'postgres';
import type { Sql } from './db';
import { Refusal } from './errors';
import { getUserByEmail, type User } from './users';

export type TeamRole = 'lead' | 'member';

export interface TeamSummary {
	id: string;
	name: string;
	description: string;
	role: TeamRole | null;
	memberCount: number;
}

export interface TeamMember {
	userId: string;
	name: string;
	email: string;
	role: TeamRole;
}

export interface Team {
	id: string;
	name: string;
	description: string;
	members: TeamMember[];
	/** The viewer's own role, or null for an administrator who is not a member. */
	role: TeamRole | null;
	canManage: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: string): boolean {
	return UUID.test(id);
}

function checkTeamName(name: string): string {
	const n = name.trim();
	if (!n) throw new Refusal('teams.nameRequired');
	if (n.length > 120) throw new Refusal('teams.nameTooLong', { max: 120 });
	return n;
}

export async function canCreateTeams(sql: Sql, user: User): Promise<boolean> {
	if (user.isAdmin) return true;
	const [row] =
		await sql`select 1 from team_members where user_id = ${user.id} and role = 'lead' limit 1`;
	return Boolean(row);
}

/** Administrators and team leads create teams; the creator leads the new team. */
export async function createTeam(
	sql: postgres.Sql,
	by: User,
	input: { name: string; description?: string }
): Promise<string> {
	const name = checkTeamName(input.name);
	const description = (input.description ?? '').trim().slice(0, 1000);
	if (!(await canCreateTeams(sql, by))) throw new Refusal('errors.forbidden', {}, 403);
	return sql.begin(async (tx) => {
		const [team] = await tx<{ id: string }[]>`
			insert into teams (name, description, created_by) values (${name}, ${description}, ${by.id})
			returning id`;
		await tx`insert into team_members (team_id, user_id, role) values (${team!.id}, ${by.id}, 'lead')`;
		return team!.id;
	});
}

export async function listTeamsForUser(sql: Sql, user: User): Promise<TeamSummary[]> {
	return sql<TeamSummary[]>`
		select t.id, t.name, t.description, m.role,
			(select count(*)::int from team_members x where x.team_id = t.id) as "memberCount"
		from teams t join team_members m on m.team_id = t.id and m.user_id = ${user.id}
		order by lower(t.name)`;
}

/** A team as its member (or an administrator) sees it; others get "not found", never its contents. */
export async function getTeam(sql: Sql, viewer: User, teamId: string): Promise<Team> {
	if (!isUuid(teamId)) throw new Refusal('errors.notFound', {}, 404);
	const [team] = await sql<{ id: string; name: string; description: string }[]>`
		select id, name, description from teams where id = ${teamId}`;
	if (!team) throw new Refusal('errors.notFound', {}, 404);
	const members = await sql<TeamMember[]>`
		select u.id as "userId", u.name, u.email, m.role
		from team_members m join users u on u.id = m.user_id
		where m.team_id = ${teamId}
		order by m.role, lower(u.name)`;
	const role = members.find((m) => m.userId === viewer.id)?.role ?? null;
	if (!role && !viewer.isAdmin) throw new Refusal('errors.notFound', {}, 404);
	return { ...team, members, role, canManage: viewer.isAdmin || role === 'lead' };
}

async function requireManager(sql: Sql, by: User, teamId: string): Promise<void> {
	const team = await getTeam(sql, by, teamId);
	if (!team.canManage) throw new Refusal('errors.forbidden', {}, 403);
}

export async function addMember(
	sql: Sql,
	by: User,
	teamId: string,
	input: { email: string; role: TeamRole }
): Promise<void> {
	await requireManager(sql, by, teamId);
	const user = await getUserByEmail(sql, input.email);
	if (!user) throw new Refusal('teams.noSuchStaff', { email: input.email.trim() });
	const [row] = await sql`
		insert into team_members (team_id, user_id, role) values (${teamId}, ${user.id}, ${input.role})
		on conflict (team_id, user_id) do nothing returning user_id`;
	if (!row) throw new Refusal('teams.alreadyMember', { name: user.name });
}

export async function removeMember(
	sql: Sql,
	by: User,
	teamId: string,
	userId: string
): Promise<void> {
	await requireManager(sql, by, teamId);
	if (!isUuid(userId)) throw new Refusal('errors.notFound', {}, 404);
	const [lead] = await sql<{ n: number }[]>`
		select count(*)::int as n from team_members
		where team_id = ${teamId} and role = 'lead' and user_id <> ${userId}`;
	const [target] = await sql<{ role: TeamRole }[]>`
		select role from team_members where team_id = ${teamId} and user_id = ${userId}`;
	if (!target) throw new Refusal('errors.notFound', {}, 404);
	if (target.role === 'lead' && lead!.n === 0) throw new Refusal('teams.lastLead');
	await sql`delete from team_members where team_id = ${teamId} and user_id = ${userId}`;
}

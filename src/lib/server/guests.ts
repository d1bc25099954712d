import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type postgres from 'postgres';
import type { GuestRelation, LobbyGuest, Proposal } from '../protocol/meeting';
import { LIMITS } from '../protocol/meeting';
import type { Actor, GuestSession } from './actors';
import { countRows, type Sql } from './db';
import { Refusal } from './errors';
import { meetingAccess } from './meetings';
import { isUuid } from './teams';
import { hashToken, randomToken } from './tokens';

export const GUEST_COOKIE = 'rt_guest';
export const LINK_DEFAULT_DAYS = 14;

export interface JoinLink {
	id: string;
	role: 'participant' | 'observer';
	lobby: boolean;
	label: string;
	expiresAt: Date;
	revokedAt: Date | null;
	createdAt: Date;
	guestCount: number;
}

async function requireManager(sql: Sql, actor: Actor, meetingId: string): Promise<void> {
	const access = await meetingAccess(sql, actor, meetingId);
	if (!access.viewer.can.manageGuests) throw new Refusal('errors.forbidden', {}, 403);
}

/** A join link for guests: 160 random bits, stored hashed; the token is returned once. */
export async function createJoinLink(
	sql: Sql,
	actor: Actor,
	meetingId: string,
	input: { role: 'participant' | 'observer'; lobby: boolean; label?: string; days?: number }
): Promise<{ id: string; token: string; expiresAt: Date }> {
	await requireManager(sql, actor, meetingId);
	const days = Math.min(Math.max(Math.round(input.days ?? LINK_DEFAULT_DAYS), 1), 90);
	// 128 random bits: 26 characters, short enough to read off a projector.
	const token = randomToken(16);
	const expiresAt = new Date(Date.now() + days * 24 * 3600 * 1000);
	const [row] = await sql<{ id: string }[]>`
		insert into join_links (meeting_id, token_hash, role, lobby, label, expires_at, created_by)
		values (${meetingId}, ${Buffer.from(hashToken(token))}, ${input.role}, ${input.lobby},
			${(input.label ?? '').trim().slice(0, 100)}, ${expiresAt},
			${actor.kind === 'staff' ? actor.user.id : null})
		returning id`;
	return { id: row!.id, token, expiresAt };
}

export async function listJoinLinks(
	sql: Sql,
	actor: Actor,
	meetingId: string
): Promise<JoinLink[]> {
	await requireManager(sql, actor, meetingId);
	return sql<JoinLink[]>`
		select l.id, l.role, l.lobby, l.label, l.expires_at as "expiresAt", l.revoked_at as "revokedAt",
			l.created_at as "createdAt",
			(select count(*)::int from guests g where g.link_id = l.id) as "guestCount"
		from join_links l where l.meeting_id = ${meetingId} order by l.created_at desc`;
}

/** Revokes a link and removes its guests; returns their ids so their connections can be closed. */
export async function revokeJoinLink(
	sql: postgres.Sql,
	actor: Actor,
	meetingId: string,
	linkId: string
): Promise<string[]> {
	await requireManager(sql, actor, meetingId);
	if (!isUuid(linkId)) throw new Refusal('errors.notFound', {}, 404);
	return sql.begin(async (tx) => {
		const [link] = await tx`
			update join_links set revoked_at = coalesce(revoked_at, now())
			where id = ${linkId} and meeting_id = ${meetingId} returning id`;
		if (!link) throw new Refusal('errors.notFound', {}, 404);
		const removed = await tx<{ id: string }[]>`
			update guests set status = 'removed' where link_id = ${linkId} and status <> 'removed' returning id`;
		await tx`update meetings set version = version + 1 where id = ${meetingId}`;
		return removed.map((g) => g.id);
	});
}

export interface OpenLink {
	id: string;
	meetingId: string;
	role: 'participant' | 'observer';
	lobby: boolean;
	meetingTitle: string;
	startsAt: Date;
	status: 'scheduled' | 'live' | 'ended';
}

/** The link behind a token if it can still be used; otherwise a Refusal that says why not. */
export async function findOpenLink(sql: Sql, token: string): Promise<OpenLink> {
	if (!/^[a-z2-7]{20,64}$/.test(token)) throw new Refusal('join.invalid', {}, 404);
	const [row] = await sql<(OpenLink & { expiresAt: Date; revokedAt: Date | null })[]>`
		select l.id, l.meeting_id as "meetingId", l.role, l.lobby, l.expires_at as "expiresAt",
			l.revoked_at as "revokedAt", m.title as "meetingTitle", m.starts_at as "startsAt", m.status
		from join_links l join meetings m on m.id = l.meeting_id
		where l.token_hash = ${Buffer.from(hashToken(token))}`;
	if (!row) throw new Refusal('join.invalid', {}, 404);
	if (row.revokedAt) throw new Refusal('join.revoked', {}, 410);
	if (row.expiresAt.getTime() <= Date.now()) throw new Refusal('join.expired', {}, 410);
	const { expiresAt: _e, revokedAt: _r, ...link } = row;
	return link;
}

/** A guest enters through a link with a display name; returns the cookie value for their guest session. */
export async function joinAsGuest(
	sql: Sql,
	token: string,
	input: { name: string; relation: GuestRelation }
): Promise<{ guest: GuestSession; cookie: string; expiresAt: Date }> {
	const link = await findOpenLink(sql, token);
	const name = input.name.trim().replace(/\s+/g, ' ').slice(0, 60);
	if (!name) throw new Refusal('join.nameRequired');
	if (link.status === 'ended') throw new Refusal('join.meetingEnded', {}, 410);
	const secret = randomToken(20);
	const status = link.lobby ? 'waiting' : 'admitted';
	const [row] = await sql<{ id: string; expiresAt: Date }[]>`
		insert into guests (meeting_id, link_id, display_name, relation, status, secret_hash, admitted_at)
		values (${link.meetingId}, ${link.id}, ${name}, ${input.relation}, ${status},
			${Buffer.from(hashToken(secret))}, ${status === 'admitted' ? new Date() : null})
		returning id, (select expires_at from join_links where id = ${link.id}) as "expiresAt"`;
	return {
		guest: {
			id: row!.id,
			meetingId: link.meetingId,
			linkId: link.id,
			name,
			relation: input.relation,
			role: link.role,
			status
		},
		cookie: `${row!.id}.${secret}`,
		expiresAt: row!.expiresAt
	};
}

/** Checks a guest cookie. A guest of a revoked or expired link, or one who was removed, has no session. */
export async function validateGuestCookie(
	sql: Sql,
	cookie: string | undefined
): Promise<GuestSession | null> {
	if (!cookie || cookie.length > 200) return null;
	const [id, secret] = cookie.split('.');
	if (!id || !secret || !isUuid(id)) return null;
	const [row] = await sql<(GuestSession & { secretHash: Buffer })[]>`
		select g.id, g.meeting_id as "meetingId", g.link_id as "linkId", g.display_name as name, g.relation,
			l.role, g.status, g.secret_hash as "secretHash"
		from guests g join join_links l on l.id = g.link_id
		where g.id = ${id} and l.revoked_at is null and l.expires_at > now()`;
	if (!row || !constantTimeEqual(hashToken(secret), new Uint8Array(row.secretHash))) return null;
	if (row.status === 'removed' || row.status === 'denied') return null;
	const { secretHash: _s, ...guest } = row;
	return guest;
}

/** Guests waiting or admitted; callers have checked permission. */
export async function lobbyOf(sql: Sql, meetingId: string): Promise<LobbyGuest[]> {
	return sql<LobbyGuest[]>`
		select g.id, g.display_name as name, g.relation, l.role, g.status
		from guests g join join_links l on l.id = g.link_id
		where g.meeting_id = ${meetingId} and g.status in ('waiting', 'admitted') and l.revoked_at is null
		order by g.created_at`;
}

/** A guest adds a concern or question for the facilitator to put on the agenda. */
export async function addProposal(
	sql: Sql,
	guest: GuestSession,
	input: { kind: 'concern' | 'question'; text: string }
): Promise<void> {
	const text = input.text.trim().slice(0, LIMITS.proposal);
	if (!text) throw new Refusal('proposals.textRequired');
	if (guest.role === 'observer') throw new Refusal('errors.forbidden', {}, 403);
	const [m] = await sql<
		{ status: string }[]
	>`select status from meetings where id = ${guest.meetingId}`;
	if (!m || m.status === 'ended') throw new Refusal('meetings.ended', {}, 409);
	const n = await countRows(sql`
		select count(*)::int as n from proposals where guest_id = ${guest.id}`);
	if (n >= 20) throw new Refusal('proposals.tooMany', { max: 20 });
	await sql`
		insert into proposals (meeting_id, guest_id, author_name, kind, text)
		values (${guest.meetingId}, ${guest.id}, ${guest.name}, ${input.kind}, ${text})`;
}

export async function listOwnProposals(sql: Sql, guest: GuestSession): Promise<Proposal[]> {
	return sql<Proposal[]>`
		select id, author_name as "authorName", kind, text, status, created_at as "createdAt"
		from proposals where guest_id = ${guest.id} order by created_at`;
}

/** Every proposal of a meeting; callers have checked permission. */
export async function proposalsOf(sql: Sql, meetingId: string): Promise<Proposal[]> {
	return sql<Proposal[]>`
		select id, author_name as "authorName", kind, text, status, created_at as "createdAt"
		from proposals where meeting_id = ${meetingId} order by created_at`;
}

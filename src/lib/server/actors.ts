import type { SessionUser } from './auth';

/** Who is acting: a signed-in staff member, or a guest of exactly one meeting. */
export type Actor = { kind: 'staff'; user: SessionUser } | { kind: 'guest'; guest: GuestSession };

export interface GuestSession {
	id: string;
	meetingId: string;
	linkId: string;
	name: string;
	relation: 'parent' | 'interpreter' | 'student' | 'specialist' | 'other';
	role: 'participant' | 'observer';
	status: 'waiting' | 'admitted' | 'denied' | 'removed';
}

export function actorKey(actor: Actor): string {
	return actor.kind === 'staff' ? `user:${actor.user.id}` : `guest:${actor.guest.id}`;
}

export function actorName(actor: Actor): string {
	return actor.kind === 'staff' ? actor.user.name : actor.guest.name;
}

import type { PresenceEntry } from '../../src/lib/protocol/meeting';

/**
 * Who is connected to each meeting, in this process. A person with two tabs is listed once.
 * (Several processes: see docs/deployment.md.)
 */
export class Presence {
	private meetings = new Map<string, Map<string, PresenceEntry>>();

	add(meetingId: string, socketId: string, entry: PresenceEntry): void {
		let m = this.meetings.get(meetingId);
		if (!m) this.meetings.set(meetingId, (m = new Map()));
		m.set(socketId, entry);
	}

	remove(meetingId: string, socketId: string): boolean {
		const m = this.meetings.get(meetingId);
		if (!m?.delete(socketId)) return false;
		if (m.size === 0) this.meetings.delete(meetingId);
		return true;
	}

	list(meetingId: string): PresenceEntry[] {
		const unique = new Map<string, PresenceEntry>();
		for (const e of this.meetings.get(meetingId)?.values() ?? []) unique.set(e.key, e);
		return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name));
	}
}

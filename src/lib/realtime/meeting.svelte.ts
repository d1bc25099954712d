import type { Ack, JoinResult } from '$lib/protocol/events';
import {
	timeLeftMs,
	type LobbyGuest,
	type MeetingAction,
	type MeetingSnapshot,
	type PresenceEntry,
	type Proposal,
	type Question,
	type Viewer
} from '$lib/protocol/meeting';
import { getSocket, type ClientSocket } from './socket';

export type ConnectionState = 'connecting' | 'online' | 'offline';

/**
 * The browser's copy of one live meeting. The server is the authority: this applies the snapshots it sends,
 * ignores stale ones, and joins again (fresh snapshot) after every reconnect.
 */
export class LiveMeeting {
	snapshot = $state() as MeetingSnapshot;
	viewer = $state() as Viewer;
	presence = $state<PresenceEntry[]>([]);
	lobby = $state<LobbyGuest[]>([]);
	proposals = $state<Proposal[]>([]);
	questions = $state<Question[]>([]);
	connection = $state<ConnectionState>('connecting');
	/** For guests: waiting in the lobby, or removed by the facilitator. */
	guestStatus = $state<'admitted' | 'waiting' | 'removed'>('admitted');
	lastError = $state<string | null>(null);
	/** Client clock, refreshed four times a second while a timer shows. */
	now = $state(Date.now());
	/** A guest's choice to hide their name from other guests when asking. */
	hideMyName = $state(false);

	/** Adds a question to the meeting's queue ("Can you explain that?" or the person's own words). */
	ask(
		about: { kind: 'goal' | 'item' | 'term' | 'free'; id?: string; label?: string },
		text: string
	) {
		return this.act({
			type: 'question.ask',
			about: { ...about, label: about.label ?? '' },
			text,
			hideName: this.hideMyName
		});
	}

	/** Called when the server says this person's page data changed (their proposals, the links list). */
	onRefresh: (() => void) | null = null;
	/** serverClock - clientClock, measured at connect. */
	private offset = 0;
	private socket: ClientSocket | null = null;

	constructor(
		readonly meetingId: string,
		initial: { snapshot: MeetingSnapshot; viewer: Viewer }
	) {
		this.snapshot = initial.snapshot;
		this.viewer = initial.viewer;
	}

	get timeLeftMs(): number {
		return timeLeftMs(this.snapshot.timer, this.now + this.offset);
	}

	get currentIndex(): number {
		return this.snapshot.items.findIndex((i) => i.id === this.snapshot.currentItemId);
	}

	/** Connects and keeps in sync until the returned function is called. */
	start(): () => void {
		const socket = (this.socket = getSocket());
		const id = this.meetingId;
		const onConnect = async () => {
			this.connection = 'online';
			await this.syncClock();
			await this.join();
		};
		const onDisconnect = () => (this.connection = 'offline');
		const onState = (s: MeetingSnapshot) => {
			if (s.id === id && s.version > this.snapshot.version) this.snapshot = s;
		};
		const onPresence = (m: { meetingId: string; people: PresenceEntry[] }) => {
			if (m.meetingId === id) this.presence = m.people;
		};
		const onLobby = (m: { meetingId: string; guests: LobbyGuest[] }) => {
			if (m.meetingId !== id) return;
			this.lobby = m.guests;
			// the links list counts who joined by each link
			this.onRefresh?.();
		};
		const onProposals = (m: { meetingId: string; proposals: Proposal[] }) => {
			if (m.meetingId === id) this.proposals = m.proposals;
		};
		const onQuestions = (m: { meetingId: string; questions: Question[] }) => {
			if (m.meetingId === id) this.questions = m.questions;
		};
		const onRejoin = (m: { meetingId: string }) => {
			if (m.meetingId === id) void this.join();
		};
		const onGuestStatus = (m: { status: 'admitted' | 'denied' | 'removed' }) => {
			if (m.status === 'admitted') {
				this.guestStatus = 'admitted';
				void this.join();
			} else this.guestStatus = 'removed';
		};
		const onRefresh = () => this.onRefresh?.();
		const onEnded = (reason: string) => {
			if (reason === 'removed' || reason === 'signed_out') this.guestStatus = 'removed';
		};
		socket.on('connect', onConnect);
		socket.on('disconnect', onDisconnect);
		socket.on('meeting:state', onState);
		socket.on('meeting:presence', onPresence);
		socket.on('meeting:lobby', onLobby);
		socket.on('meeting:proposals', onProposals);
		socket.on('meeting:rejoin', onRejoin);
		socket.on('meeting:questions', onQuestions);
		socket.on('guest:status', onGuestStatus);
		socket.on('session:ended', onEnded);
		socket.on('guest:refresh', onRefresh);
		if (socket.connected) void onConnect();
		const tick = setInterval(() => (this.now = Date.now()), 250);
		return () => {
			clearInterval(tick);
			socket.off('connect', onConnect);
			socket.off('disconnect', onDisconnect);
			socket.off('meeting:state', onState);
			socket.off('meeting:presence', onPresence);
			socket.off('meeting:lobby', onLobby);
			socket.off('meeting:proposals', onProposals);
			socket.off('meeting:rejoin', onRejoin);
			socket.off('meeting:questions', onQuestions);
			socket.off('guest:status', onGuestStatus);
			socket.off('session:ended', onEnded);
			socket.off('guest:refresh', onRefresh);
			if (socket.connected) socket.emit('meeting:leave', { meetingId: id }, () => {});
		};
	}

	private async syncClock() {
		const socket = this.socket!;
		let best = Infinity;
		for (let i = 0; i < 3; i++) {
			const t0 = Date.now();
			const res = await socket
				.timeout(5000)
				.emitWithAck('time:sync')
				.catch(() => null);
			const t1 = Date.now();
			if (res?.ok && t1 - t0 < best) {
				best = t1 - t0;
				this.offset = res.now - (t0 + t1) / 2;
			}
		}
	}

	private async join() {
		const res = (await this.socket!.timeout(10_000)
			.emitWithAck('meeting:join', { meetingId: this.meetingId })
			.catch(() => null)) as Ack<JoinResult> | null;
		if (!res) return;
		if (!res.ok) {
			if (res.error.code === 'waiting') this.guestStatus = 'waiting';
			else if (res.error.code === 'forbidden' || res.error.code === 'not_found')
				this.guestStatus = 'removed';
			this.lastError = res.error.message;
			return;
		}
		this.guestStatus = 'admitted';
		// A change broadcast while the join was answered may already have brought a newer version.
		if (res.snapshot.version >= this.snapshot.version) this.snapshot = res.snapshot;
		this.viewer = res.viewer;
		this.presence = res.presence;
		if (res.lobby) this.lobby = res.lobby;
		if (res.proposals) this.proposals = res.proposals;
		this.questions = res.questions;
	}

	/** Sends an action; resolves with the server's answer (errors are also kept in `lastError`). */
	async act(action: MeetingAction): Promise<Ack<{ version: number }>> {
		const socket = this.socket ?? getSocket();
		// Reordering shows at once, so a second key press moves from where the item now is; the server's
		// snapshot (or a fresh join, if it refused) then settles the order.
		if (action.type === 'agenda.move') this.moveLocally(action.itemId, action.toIndex);
		const res = (await socket
			.timeout(10_000)
			.emitWithAck('meeting:act', { meetingId: this.meetingId, action })
			.catch(() => ({
				ok: false as const,
				error: { code: 'unavailable' as const, message: '' }
			}))) as Ack<{ version: number }>;
		this.lastError = res.ok ? null : res.error.message || null;
		if (!res.ok && action.type === 'agenda.move') void this.join();
		return res;
	}

	private moveLocally(itemId: string, toIndex: number) {
		const items = [...this.snapshot.items];
		const from = items.findIndex((i) => i.id === itemId);
		if (from < 0) return;
		const [item] = items.splice(from, 1);
		items.splice(Math.min(toIndex, items.length), 0, item!);
		this.snapshot = { ...this.snapshot, items: items.map((i, position) => ({ ...i, position })) };
	}
}

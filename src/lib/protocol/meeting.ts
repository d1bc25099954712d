import * as v from 'valibot';

/**
 * The live meeting: its snapshot as every participant sees it, and the actions that change it. Shared by
 * the browser and the server; the server validates every incoming action against `MeetingAction`.
 */
export const MEETING_KINDS = [
	'iep_annual',
	'iep_progress',
	'sst',
	'conference',
	'staff',
	'other'
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const ITEM_KINDS = ['information', 'discussion', 'decision', 'celebration'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const GUEST_RELATIONS = ['parent', 'interpreter', 'student', 'specialist', 'other'] as const;
export type GuestRelation = (typeof GUEST_RELATIONS)[number];
export type MeetingStatus = 'scheduled' | 'live' | 'ended';

export const LIMITS = {
	title: 200,
	description: 2000,
	presenter: 100,
	decision: 2000,
	agreedBy: 300,
	minutes: 600,
	items: 60,
	proposal: 1000,
	action: 500,
	question: 1000,
	comment: 1000,
	actions: 200
} as const;

export const COMMITMENT_STATUSES = ['open', 'in_progress', 'done', 'cant_do'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const OWNER_KINDS = ['user', 'guest', 'family', 'school_team', 'student'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export interface ActionItem {
	id: string;
	agendaItemId: string | null;
	what: string;
	owner: { kind: OwnerKind; id: string | null; name: string };
	/** YYYY-MM-DD, a calendar day (no time zone). */
	dueDate: string | null;
	familyVisible: boolean;
	status: CommitmentStatus;
	statusReason: string | null;
	/** How many meetings brought it back to the table. */
	carriedCount: number;
}

export const GOAL_AREAS = [
	'reading',
	'writing',
	'math',
	'communication',
	'behaviour',
	'social-emotional',
	'motor',
	'adaptive',
	'transition'
] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];

export interface DataPoint {
	id: string;
	/** YYYY-MM-DD */
	date: string;
	value: number;
	note: string;
}

export interface Goal {
	id: string;
	area: GoalArea;
	text: string;
	baseline: number | null;
	target: number | null;
	unit: string;
	/** YYYY-MM-DD: when the target should be reached (the end of the aim line). */
	targetDate: string | null;
	reporting: string;
	data: DataPoint[];
}

export interface Question {
	id: string;
	/** Null when the asker hid their name from this viewer. */
	askerName: string | null;
	mine: boolean;
	about: { kind: 'goal' | 'item' | 'term' | 'free'; id: string | null; label: string };
	text: string;
	status: 'open' | 'answered';
	createdAt: string;
}

export interface AgendaItem {
	id: string;
	/** A built-in role: where action items are listed, earlier commitments reviewed, or goals reviewed. */
	special: 'action_items' | 'review_commitments' | 'goals_review' | null;
	position: number;
	title: string;
	description: string;
	minutes: number;
	presenter: string;
	kind: ItemKind;
	decision: { text: string; agreedBy: string; at: string } | null;
	/** Guests may edit this item's notes (the facilitator allowed it for this item). */
	guestsCanEditNotes: boolean;
}

export interface TimerState {
	/** Planned length of the current item, including minutes added. */
	durationMs: number;
	/** Time counted before the last start (pauses keep it). */
	elapsedMs: number;
	/** Server time (ISO) when the timer last started, or null when paused/stopped. */
	runningSince: string | null;
}

export interface MeetingSnapshot {
	id: string;
	version: number;
	title: string;
	kind: MeetingKind;
	status: MeetingStatus;
	startsAt: string;
	durationMinutes: number;
	location: string;
	videoLink: string;
	student: { firstName: string; grade: string; school: string } | null;
	facilitator: { id: string; name: string };
	currentItemId: string | null;
	timer: TimerState;
	items: AgendaItem[];
	/** Guests may edit every item's notes. */
	guestsCanEditNotes: boolean;
	/** Action items made in this meeting (commitments once it has ended). */
	actionItems: ActionItem[];
	/** Earlier commitments this meeting reviews, under its "Review commitments" item. */
	reviewing: ActionItem[];
	/** The student's IEP goals with their progress data (empty without a student). */
	goals: Goal[];
	/** What the facilitator shows on the projector besides the current item. */
	spotlight: { kind: 'goal' | 'question'; id: string } | null;
	/** The question on the projector, with the asker's name only if they did not hide it. */
	spotlightQuestion: Question | null;
	startedAt: string | null;
	endedAt: string | null;
}

export interface PresenceEntry {
	key: string;
	name: string;
	role: MeetingRole;
	relation?: GuestRelation;
}

export type MeetingRole = 'facilitator' | 'staff' | 'guest' | 'observer';

/** What the server tells one connection about itself when it joins. */
export interface Viewer {
	key: string;
	name: string;
	role: MeetingRole;
	isAdmin: boolean;
	can: Permissions;
}

export interface Permissions {
	editAgenda: boolean;
	drive: boolean;
	manageGuests: boolean;
	handOff: boolean;
	propose: boolean;
}

export interface LobbyGuest {
	id: string;
	name: string;
	relation: GuestRelation;
	role: 'participant' | 'observer';
	status: 'waiting' | 'admitted';
}

export interface Proposal {
	id: string;
	authorName: string;
	kind: 'concern' | 'question';
	text: string;
	status: 'proposed' | 'accepted' | 'dismissed';
	createdAt: string;
}

const Uuid = v.pipe(v.string(), v.uuid());
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const Title = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(LIMITS.title));
const Minutes = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.minutes));

export const ItemInput = v.strictObject({
	title: Title,
	description: v.optional(Text(LIMITS.description), ''),
	minutes: Minutes,
	presenter: v.optional(Text(LIMITS.presenter), ''),
	kind: v.picklist(ITEM_KINDS)
});
export type ItemInput = v.InferOutput<typeof ItemInput>;

export const ItemPatch = v.strictObject({
	title: v.optional(Title),
	description: v.optional(Text(LIMITS.description)),
	minutes: v.optional(Minutes),
	presenter: v.optional(Text(LIMITS.presenter)),
	kind: v.optional(v.picklist(ITEM_KINDS))
});

export const DueDate = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);

export const ActionInput = v.strictObject({
	what: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(LIMITS.action)),
	owner: v.strictObject({ kind: v.picklist(OWNER_KINDS), id: v.optional(Uuid) }),
	dueDate: v.optional(DueDate, ''),
	agendaItemId: v.optional(v.nullable(Uuid)),
	familyVisible: v.optional(v.boolean(), true)
});
export type ActionInput = v.InferOutput<typeof ActionInput>;

export const MeetingAction = v.variant('type', [
	v.strictObject({ type: v.literal('agenda.add'), item: ItemInput }),
	v.strictObject({ type: v.literal('agenda.update'), itemId: Uuid, patch: ItemPatch }),
	v.strictObject({ type: v.literal('agenda.delete'), itemId: Uuid }),
	v.strictObject({
		type: v.literal('agenda.move'),
		itemId: Uuid,
		toIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.items))
	}),
	v.strictObject({
		type: v.literal('agenda.decide'),
		itemId: Uuid,
		decision: v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.decision)),
		agreedBy: v.optional(Text(LIMITS.agreedBy), '')
	}),
	v.strictObject({ type: v.literal('meeting.start') }),
	v.strictObject({ type: v.literal('meeting.end') }),
	v.strictObject({ type: v.literal('meeting.goto'), itemId: Uuid }),
	v.strictObject({ type: v.literal('timer.start') }),
	v.strictObject({ type: v.literal('timer.pause') }),
	v.strictObject({ type: v.literal('timer.reset') }),
	v.strictObject({ type: v.literal('timer.add'), minutes: v.picklist([1, 5]) }),
	v.strictObject({ type: v.literal('meeting.handoff'), userId: Uuid }),
	v.strictObject({ type: v.literal('guest.admit'), guestId: Uuid }),
	v.strictObject({ type: v.literal('guest.deny'), guestId: Uuid }),
	v.strictObject({ type: v.literal('action.add'), action: ActionInput }),
	v.strictObject({
		type: v.literal('action.update'),
		actionId: Uuid,
		patch: v.partial(ActionInput)
	}),
	v.strictObject({ type: v.literal('action.delete'), actionId: Uuid }),
	v.strictObject({
		type: v.literal('commitment.status'),
		actionId: Uuid,
		status: v.picklist(COMMITMENT_STATUSES),
		comment: v.optional(Text(LIMITS.comment), '')
	}),
	v.strictObject({
		type: v.literal('question.ask'),
		about: v.strictObject({
			kind: v.picklist(['goal', 'item', 'term', 'free']),
			id: v.optional(v.pipe(v.string(), v.maxLength(100))),
			label: v.optional(Text(200), '')
		}),
		text: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(LIMITS.question)),
		hideName: v.optional(v.boolean(), false)
	}),
	v.strictObject({ type: v.literal('question.answer'), questionId: Uuid }),
	v.strictObject({
		type: v.literal('spotlight.set'),
		spotlight: v.nullable(v.strictObject({ kind: v.picklist(['goal', 'question']), id: Uuid }))
	}),
	v.strictObject({ type: v.literal('proposal.accept'), proposalId: Uuid }),
	v.strictObject({
		type: v.literal('notes.guests'),
		allowed: v.boolean(),
		itemId: v.optional(Uuid)
	}),
	v.strictObject({ type: v.literal('proposal.dismiss'), proposalId: Uuid })
]);
export type MeetingAction = v.InferOutput<typeof MeetingAction>;
export type MeetingActionType = MeetingAction['type'];

export const JoinRequest = v.strictObject({ meetingId: Uuid });
export const ActRequest = v.strictObject({ meetingId: Uuid, action: v.unknown() });

/** Milliseconds left on the timer at `now` (server clock); negative when over time. */
export function timeLeftMs(timer: TimerState, serverNow: number): number {
	const running = timer.runningSince ? Math.max(0, serverNow - Date.parse(timer.runningSince)) : 0;
	return timer.durationMs - timer.elapsedMs - running;
}

export function plannedMinutes(items: AgendaItem[]): number {
	return items.reduce((sum, i) => sum + i.minutes, 0);
}

import type { MessageKey } from '../i18n';
import type { ItemInput, MeetingKind } from '../protocol/meeting';
import type { Sql } from './db';
import { Refusal } from './errors';
import { getTeam } from './teams';
import type { User } from './users';

/**
 * Built-in agenda templates. Titles and descriptions are message keys, written into the meeting in the
 * creator's language when the meeting is made.
 */
interface BuiltinItem {
	special?: 'action_items' | 'goals_review';
	title: MessageKey;
	description?: MessageKey;
	minutes: number;
	kind: ItemInput['kind'];
}

export interface BuiltinTemplate {
	id: string;
	name: MessageKey;
	kind: MeetingKind;
	items: BuiltinItem[];
}

export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
	{
		id: 'iep_annual',
		name: 'templates.iepAnnual',
		kind: 'iep_annual',
		items: [
			{
				title: 'templates.item.welcome',
				description: 'templates.item.welcomeDesc',
				minutes: 5,
				kind: 'information'
			},
			{
				title: 'templates.item.strengths',
				description: 'templates.item.strengthsDesc',
				minutes: 5,
				kind: 'celebration'
			},
			{
				title: 'templates.item.parentInput',
				description: 'templates.item.parentInputDesc',
				minutes: 10,
				kind: 'discussion'
			},
			{
				title: 'templates.item.presentLevels',
				description: 'templates.item.presentLevelsDesc',
				minutes: 10,
				kind: 'information'
			},
			{
				special: 'goals_review',
				title: 'templates.item.goalsReview',
				description: 'templates.item.goalsReviewDesc',
				minutes: 15,
				kind: 'discussion'
			},
			{
				title: 'templates.item.services',
				description: 'templates.item.servicesDesc',
				minutes: 10,
				kind: 'decision'
			},
			{
				title: 'templates.item.questions',
				description: 'templates.item.questionsDesc',
				minutes: 5,
				kind: 'discussion'
			},
			{
				title: 'templates.item.actionItems',
				description: 'templates.item.actionItemsDesc',
				minutes: 5,
				kind: 'decision'
			},
			{
				title: 'templates.item.reviewBeforeSign',
				description: 'templates.item.reviewBeforeSignDesc',
				minutes: 5,
				kind: 'information'
			}
		]
	},
	{
		id: 'iep_progress',
		name: 'templates.iepProgress',
		kind: 'iep_progress',
		items: [
			{ title: 'templates.item.welcome', minutes: 3, kind: 'information' },
			{ title: 'templates.item.strengths', minutes: 5, kind: 'celebration' },
			{
				special: 'goals_review',
				title: 'templates.item.progressData',
				description: 'templates.item.progressDataDesc',
				minutes: 15,
				kind: 'discussion'
			},
			{ title: 'templates.item.parentInput', minutes: 5, kind: 'discussion' },
			{ title: 'templates.item.adjustments', minutes: 7, kind: 'decision' },
			{ special: 'action_items', title: 'templates.item.actionItems', minutes: 5, kind: 'decision' }
		]
	},
	{
		id: 'sst',
		name: 'templates.sst',
		kind: 'sst',
		items: [
			{ title: 'templates.item.welcome', minutes: 3, kind: 'information' },
			{ title: 'templates.item.strengths', minutes: 5, kind: 'celebration' },
			{
				title: 'templates.item.concern',
				description: 'templates.item.concernDesc',
				minutes: 10,
				kind: 'discussion'
			},
			{
				title: 'templates.item.data',
				description: 'templates.item.dataDesc',
				minutes: 10,
				kind: 'information'
			},
			{ title: 'templates.item.brainstorm', minutes: 10, kind: 'discussion' },
			{
				title: 'templates.item.plan',
				description: 'templates.item.planDesc',
				minutes: 10,
				kind: 'decision'
			},
			{ special: 'action_items', title: 'templates.item.actionItems', minutes: 5, kind: 'decision' }
		]
	},
	{
		id: 'conference',
		name: 'templates.conference',
		kind: 'conference',
		items: [
			{ title: 'templates.item.welcome', minutes: 2, kind: 'information' },
			{ title: 'templates.item.strengths', minutes: 5, kind: 'celebration' },
			{ title: 'templates.item.progress', minutes: 5, kind: 'information' },
			{ title: 'templates.item.parentInput', minutes: 5, kind: 'discussion' },
			{
				title: 'templates.item.homeSchool',
				description: 'templates.item.homeSchoolDesc',
				minutes: 3,
				kind: 'decision'
			}
		]
	},
	{
		id: 'staff',
		name: 'templates.staff',
		kind: 'staff',
		items: [
			{ title: 'templates.item.celebrations', minutes: 5, kind: 'celebration' },
			{ title: 'templates.item.updates', minutes: 10, kind: 'information' },
			{ title: 'templates.item.studentsOfConcern', minutes: 20, kind: 'discussion' },
			{ special: 'action_items', title: 'templates.item.actionItems', minutes: 5, kind: 'decision' }
		]
	},
	{ id: 'blank', name: 'templates.blank', kind: 'other', items: [] }
];

export interface TeamTemplate {
	id: string;
	name: string;
	kind: MeetingKind;
	items: (ItemInput & { special?: 'action_items' | 'goals_review' | null })[];
}

export async function listTeamTemplates(
	sql: Sql,
	by: User,
	teamId: string
): Promise<TeamTemplate[]> {
	await getTeam(sql, by, teamId);
	return sql<TeamTemplate[]>`
		select id, name, kind, items from agenda_templates where team_id = ${teamId} order by lower(name)`;
}

/** Saves a meeting's agenda as one of its team's templates. */
export async function saveTeamTemplate(
	sql: Sql,
	by: User,
	teamId: string,
	input: { name: string; kind: MeetingKind; items: (ItemInput & { special?: string | null })[] }
): Promise<string> {
	await getTeam(sql, by, teamId);
	const name = input.name.trim().slice(0, 120);
	if (!name) throw new Refusal('templates.nameRequired');
	const items = input.items.map(({ title, description, minutes, presenter, kind, special }) => ({
		title,
		description,
		minutes,
		presenter,
		kind,
		// The review item is made afresh for each meeting; the action-items role is kept.
		special: special === 'action_items' || special === 'goals_review' ? special : null
	}));
	const [row] = await sql<{ id: string }[]>`
		insert into agenda_templates (team_id, name, kind, items, created_by)
		values (${teamId}, ${name}, ${input.kind}, ${sql.json(items)}, ${by.id}) returning id`;
	return row!.id;
}

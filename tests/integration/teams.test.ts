import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { Refusal } from '../../src/lib/server/errors';
import { acceptInvitation, createInvitation } from '../../src/lib/server/invitations';
import {
	addMember,
	canCreateTeams,
	createTeam,
	getTeam,
	listTeamsForUser,
	removeMember
} from '../../src/lib/server/teams';
import { createFirstAdmin, type User } from '../../src/lib/server/users';
import { openTestDatabase, targets } from '../helpers/databases';

async function refusalKey(p: Promise<unknown>): Promise<string> {
	try {
		await p;
	} catch (err) {
		if (err instanceof Refusal) return err.key;
		throw err;
	}
	return 'no refusal';
}

describe.each(targets)('teams on %s', (kind) => {
	let db: Database;
	let close: () => Promise<void>;
	let admin: User, lead: User, teacher: User, outsider: User;
	const password = 'a long enough passphrase';

	async function staff(name: string, email: string): Promise<User> {
		const inv = await createInvitation(db.sql, admin, {});
		return acceptInvitation(db.sql, inv.token, { name, email, password });
	}

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		admin = await createFirstAdmin(db.sql, { name: 'Ada', email: 'ada@school.org', password });
		lead = await staff('Lee Lead', 'lee@school.org');
		teacher = await staff('Tia Teacher', 'tia@school.org');
		outsider = await staff('Oz Other', 'oz@school.org');
	});
	afterAll(() => close());

	it('lets administrators create teams, and not plain staff', async () => {
		expect(await canCreateTeams(db.sql, teacher)).toBe(false);
		expect(await refusalKey(createTeam(db.sql, teacher, { name: 'Nope' }))).toBe(
			'errors.forbidden'
		);
		const id = await createTeam(db.sql, admin, { name: '  Maple Elementary  ' });
		const team = await getTeam(db.sql, admin, id);
		expect(team.name).toBe('Maple Elementary');
		expect(team.members.map((m) => [m.name, m.role])).toEqual([['Ada', 'lead']]);
		expect(await refusalKey(createTeam(db.sql, admin, { name: '   ' }))).toBe('teams.nameRequired');
	});

	it('lets a team lead add members and create teams of their own', async () => {
		const id = await createTeam(db.sql, admin, { name: 'Grade 3 team' });
		await addMember(db.sql, admin, id, { email: 'LEE@school.org', role: 'lead' });
		expect(await canCreateTeams(db.sql, lead)).toBe(true);
		await addMember(db.sql, lead, id, { email: 'tia@school.org', role: 'member' });
		expect(
			await refusalKey(addMember(db.sql, lead, id, { email: 'tia@school.org', role: 'member' }))
		).toBe('teams.alreadyMember');
		expect(
			await refusalKey(addMember(db.sql, lead, id, { email: 'ghost@school.org', role: 'member' }))
		).toBe('teams.noSuchStaff');
		expect(
			await refusalKey(addMember(db.sql, teacher, id, { email: 'oz@school.org', role: 'member' }))
		).toBe('errors.forbidden');

		const own = await createTeam(db.sql, lead, { name: "Sam's support team" });
		expect((await getTeam(db.sql, lead, own)).role).toBe('lead');

		const tiaTeams = await listTeamsForUser(db.sql, teacher);
		expect(tiaTeams.map((t) => t.name)).toEqual(['Grade 3 team']);
		expect(tiaTeams[0]!.memberCount).toBe(3);
	});

	it('hides a team from staff who are not on it', async () => {
		const [team] = await listTeamsForUser(db.sql, teacher);
		expect(await refusalKey(getTeam(db.sql, outsider, team!.id))).toBe('errors.notFound');
		expect(
			await refusalKey(
				addMember(db.sql, outsider, team!.id, { email: 'oz@school.org', role: 'lead' })
			)
		).toBe('errors.notFound');
		expect(await refusalKey(getTeam(db.sql, outsider, 'not-a-uuid'))).toBe('errors.notFound');
		expect(
			await refusalKey(getTeam(db.sql, outsider, '00000000-0000-0000-0000-000000000000'))
		).toBe('errors.notFound');
		expect((await getTeam(db.sql, admin, team!.id)).canManage).toBe(true);
	});

	it('keeps at least one lead on a team', async () => {
		const id = await createTeam(db.sql, lead, { name: 'One lead' });
		expect(await refusalKey(removeMember(db.sql, lead, id, lead.id))).toBe('teams.lastLead');
		await addMember(db.sql, lead, id, { email: 'tia@school.org', role: 'member' });
		await removeMember(db.sql, lead, id, teacher.id);
		expect((await getTeam(db.sql, lead, id)).members).toHaveLength(1);
	});
});

import type { Sql } from './db';
import { Refusal } from './errors';
import { getTeam, isUuid } from './teams';
import type { User } from './users';

export interface Student {
	id: string;
	teamId: string;
	firstName: string;
	lastName: string;
	grade: string;
	school: string;
}

export interface StudentInput {
	firstName: string;
	lastName?: string;
	grade?: string;
	school?: string;
}

function clean(s: string | undefined, max: number): string {
	return (s ?? '').trim().slice(0, max);
}

/** Any member of a team can add a student whose support team it is. */
export async function createStudent(
	sql: Sql,
	by: User,
	teamId: string,
	input: StudentInput
): Promise<Student> {
	await getTeam(sql, by, teamId);
	const firstName = clean(input.firstName, 80);
	if (!firstName) throw new Refusal('students.firstNameRequired');
	const [row] = await sql<Student[]>`
		insert into students (team_id, first_name, last_name, grade, school)
		values (${teamId}, ${firstName}, ${clean(input.lastName, 80)}, ${clean(input.grade, 40)}, ${clean(input.school, 120)})
		returning id, team_id as "teamId", first_name as "firstName", last_name as "lastName", grade, school`;
	return row!;
}

export async function listStudents(sql: Sql, by: User, teamId: string): Promise<Student[]> {
	await getTeam(sql, by, teamId);
	return sql<Student[]>`
		select id, team_id as "teamId", first_name as "firstName", last_name as "lastName", grade, school
		from students where team_id = ${teamId} order by lower(first_name), lower(last_name)`;
}

export async function getStudent(sql: Sql, by: User, studentId: string): Promise<Student> {
	if (!isUuid(studentId)) throw new Refusal('errors.notFound', {}, 404);
	const [row] = await sql<Student[]>`
		select id, team_id as "teamId", first_name as "firstName", last_name as "lastName", grade, school
		from students where id = ${studentId}`;
	if (!row) throw new Refusal('errors.notFound', {}, 404);
	await getTeam(sql, by, row.teamId);
	return row;
}

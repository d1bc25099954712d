import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type postgres from 'postgres';

export interface MigrationFile {
	name: string;
	sql: string;
	checksum: string;
}

export class MigrationError extends Error {}

/** Advisory-lock key shared by every process that migrates this database. */
const MIGRATION_LOCK = 72_616_001;

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const names = entries
		.filter((e) => e.isDirectory() && /^\d{5}_[\w-]+$/.test(e.name))
		.map((e) => e.name)
		.sort();
	return Promise.all(
		names.map(async (name) => {
			const sql = await readFile(path.join(dir, name, 'index.sql'), 'utf8');
			return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
		})
	);
}

/**
 * Applies pending migrations, each in its own transaction, recorded in `schema_migrations`.
 * Refuses to go on if a migration that was already applied has since been edited or removed:
 * the database would no longer match the files that describe it.
 */
export async function migrate(sql: postgres.Sql, dir: string): Promise<string[]> {
	const files = await readMigrations(dir);
	await sql`
		create table if not exists schema_migrations (
			name text primary key,
			checksum text not null,
			applied_at timestamptz not null default now()
		)`;
	const applied: string[] = [];
	for (const file of files) {
		const done = await sql.begin(async (tx) => {
			await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK})`;
			const [row] = await tx<{ checksum: string }[]>`
				select checksum from schema_migrations where name = ${file.name}`;
			if (row) {
				if (row.checksum !== file.checksum) {
					throw new MigrationError(
						`Migration ${file.name} was edited after it was applied (checksum differs). ` +
							'Migrations are forward-only: restore the file and add a new migration instead.'
					);
				}
				return false;
			}
			await tx.unsafe(file.sql);
			await tx`insert into schema_migrations (name, checksum) values (${file.name}, ${file.checksum})`;
			return true;
		});
		if (done) applied.push(file.name);
	}
	const known = new Set(files.map((f) => f.name));
	const rows = await sql<{ name: string }[]>`select name from schema_migrations order by name`;
	const unknown = rows.map((r) => r.name).filter((n) => !known.has(n));
	if (unknown.length) {
		throw new MigrationError(
			`The database has migrations that are not in ${dir}: ${unknown.join(', ')}. Is this an older version of Roundtable?`
		);
	}
	return applied;
}

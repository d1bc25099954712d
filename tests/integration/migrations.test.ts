import { cp, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db';
import { migrate, MigrationError } from '../../src/lib/server/migrate';
import {
	createTestDatabase,
	MIGRATIONS_DIR,
	targets,
	type TestDatabase
} from '../helpers/databases';

describe.each(targets)('migrations on %s', (kind) => {
	let test: TestDatabase | undefined;
	let dir: string | undefined;
	afterEach(async () => {
		await test?.drop();
		if (dir) await rm(dir, { recursive: true, force: true });
		test = undefined;
		dir = undefined;
	});

	async function copyMigrations() {
		dir = await mkdtemp(path.join(os.tmpdir(), 'rt-mig-'));
		await cp(MIGRATIONS_DIR, dir, { recursive: true });
		return dir;
	}

	it('applies every migration once, in order, and records it', async () => {
		test = await createTestDatabase(kind);
		const db = await openDatabase({ url: test.url, dataDir: test.dataDir, migrate: false });
		try {
			const first = await migrate(db.sql, MIGRATIONS_DIR);
			expect(first[0]).toBe('00001_init');
			expect(await migrate(db.sql, MIGRATIONS_DIR)).toEqual([]);
			const rows = await db.sql`select name, checksum from schema_migrations order by name`;
			expect(rows.map((r) => r.name)).toEqual(first);
			const [count] = await db.sql<{ n: number }[]>`select count(*)::int as n from users`;
			expect(count?.n).toBe(0);
		} finally {
			await db.close();
		}
	});

	it('applies a new migration and rolls back a failing one entirely', async () => {
		test = await createTestDatabase(kind);
		const migrations = await copyMigrations();
		const db = await openDatabase({
			url: test.url,
			dataDir: test.dataDir,
			migrationsDir: migrations
		});
		try {
			await cp(path.join(migrations, '00001_init'), path.join(migrations, '99998_extra'), {
				recursive: true
			});
			await writeFile(
				path.join(migrations, '99998_extra', 'index.sql'),
				'create table extra (id int);'
			);
			expect(await migrate(db.sql, migrations)).toEqual(['99998_extra']);

			await cp(path.join(migrations, '00001_init'), path.join(migrations, '99999_broken'), {
				recursive: true
			});
			await writeFile(
				path.join(migrations, '99999_broken', 'index.sql'),
				'create table half_done (id int);\nselect * from no_such_table;'
			);
			await expect(migrate(db.sql, migrations)).rejects.toThrow(/no_such_table/);
			const [row] = await db.sql`select to_regclass('half_done') as t`;
			expect(row!.t).toBeNull();
			const names =
				await db.sql`select name from schema_migrations where name like '9999%' order by name`;
			expect(names.map((r) => r.name)).toEqual(['99998_extra']);
		} finally {
			await db.close();
		}
	});

	it('refuses to start when an applied migration was edited', async () => {
		test = await createTestDatabase(kind);
		const migrations = await copyMigrations();
		const db = await openDatabase({
			url: test.url,
			dataDir: test.dataDir,
			migrationsDir: migrations
		});
		await db.close();
		await appendFile(path.join(migrations, '00001_init', 'index.sql'), '\n-- edited\n');
		await expect(
			openDatabase({ url: test.url, dataDir: test.dataDir, migrationsDir: migrations })
		).rejects.toThrow(MigrationError);
		await expect(
			openDatabase({ url: test.url, dataDir: test.dataDir, migrationsDir: migrations })
		).rejects.toThrow(/00001_init was edited/);
	});
});

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database, type DbKind } from '../../src/lib/server/db';

/**
 * The databases integration tests run against: embedded PGlite always, and the real PostgreSQL server
 * when TEST_DATABASE_URL is set (CI sets it). Each test database is made fresh and dropped afterwards.
 */
export const targets: DbKind[] = process.env.TEST_DATABASE_URL
	? ['embedded', 'postgres']
	: ['embedded'];

export const MIGRATIONS_DIR = path.resolve('migrations');

export interface TestDatabase {
	kind: DbKind;
	/** Environment for a server process using this database. */
	env: Record<string, string>;
	/** postgres:// URL for a PostgreSQL database; undefined for embedded. */
	url?: string;
	dataDir?: string;
	drop(): Promise<void>;
}

export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
	if (kind === 'embedded') {
		const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rt-test-'));
		return {
			kind,
			dataDir,
			env: { DATA_DIR: dataDir },
			drop: () => rm(dataDir, { recursive: true, force: true })
		};
	}
	const base = process.env.TEST_DATABASE_URL;
	if (!base) throw new Error('TEST_DATABASE_URL is not set');
	const name = `rt_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	return {
		kind,
		url: url.toString(),
		env: { DATABASE_URL: url.toString() },
		async drop() {
			const a = postgres(base, { max: 1, onnotice: () => {} });
			await a.unsafe(`drop database if exists ${name} with (force)`);
			await a.end();
		}
	};
}

/** A migrated database opened in this process, for tests of the server-side modules. */
export async function openTestDatabase(
	kind: DbKind
): Promise<{ db: Database; test: TestDatabase; close(): Promise<void> }> {
	const test = await createTestDatabase(kind);
	const db = await openDatabase({
		url: test.url,
		dataDir: test.dataDir,
		migrationsDir: MIGRATIONS_DIR
	});
	return {
		db,
		test,
		async close() {
			await db.close();
			await test.drop();
		}
	};
}

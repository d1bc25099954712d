import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { readConfig, type Config } from './config';
import { logger } from './log';
import { migrate } from './migrate';

export type Sql = postgres.Sql | postgres.TransactionSql;
export type DbKind = 'embedded' | 'postgres';

export interface Database {
	sql: postgres.Sql;
	kind: DbKind;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** postgres://… URL; when absent, embedded PGlite in `dataDir`. */
	url?: string;
	dataDir?: string;
	migrationsDir?: string;
	/** Apply pending migrations on open (default true). */
	migrate?: boolean;
}

const postgresOptions = { onnotice: () => {} } as const;

/**
 * Opens PostgreSQL through postgres.js. Without a URL, it starts embedded PGlite in `dataDir` and reaches
 * it through pglite-socket, so the same SQL layer serves both. PGlite is single-connection, so the pool
 * has one connection there and a transaction holds it for its whole length.
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
	let db: Database;
	if (opts.url) {
		const sql = postgres(opts.url, { ...postgresOptions, max: 10 });
		db = { sql, kind: 'postgres', close: () => sql.end({ timeout: 5 }) };
	} else {
		const dataDir = opts.dataDir ?? readConfig().dataDir;
		const pgDir = path.join(dataDir, 'pglite');
		await mkdir(pgDir, { recursive: true });
		const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([
			import('@electric-sql/pglite'),
			import('@electric-sql/pglite-socket')
		]);
		const pg = await PGlite.create(pgDir);
		// A short path in the temp dir: unix socket paths are limited to ~100 bytes.
		const socketPath = path.join(os.tmpdir(), `roundtable-${randomBytes(6).toString('hex')}.sock`);
		const server = new PGLiteSocketServer({ db: pg, path: socketPath, maxConnections: 1 });
		await server.start();
		const sql = postgres({
			...postgresOptions,
			path: socketPath,
			max: 1,
			database: 'postgres',
			username: 'postgres'
		});
		db = {
			sql,
			kind: 'embedded',
			async close() {
				await sql.end({ timeout: 5 });
				await server.stop();
				await pg.close();
			}
		};
	}
	if (opts.migrate !== false) {
		try {
			await migrate(db.sql, opts.migrationsDir ?? readConfig().migrationsDir);
		} catch (err) {
			await db.close().catch(() => {});
			throw err;
		}
	}
	return db;
}

const KEY = Symbol.for('roundtable.db');
type WithDb = typeof globalThis & { [KEY]?: Promise<Database> };

/**
 * The process's one database handle, opened on first use from the environment. SvelteKit routes and the
 * realtime server are bundled separately in production; the handle lives on globalThis so both share it.
 */
export function getDatabase(config: Config = readConfig()): Promise<Database> {
	const g = globalThis as WithDb;
	if (!g[KEY]) {
		g[KEY] = openDatabase({
			url: config.databaseUrl,
			dataDir: config.dataDir,
			migrationsDir: config.migrationsDir
		}).then((db) => {
			logger().info(
				{
					db: db.kind,
					where:
						db.kind === 'embedded'
							? path.join(config.dataDir, 'pglite')
							: redact(config.databaseUrl)
				},
				db.kind === 'embedded'
					? 'using embedded PostgreSQL (PGlite); single process only'
					: 'using PostgreSQL server'
			);
			return db;
		});
		g[KEY].catch(() => {
			delete g[KEY];
		});
	}
	return g[KEY];
}

export async function sql(): Promise<postgres.Sql> {
	return (await getDatabase()).sql;
}

export async function closeDatabase(): Promise<void> {
	const g = globalThis as WithDb;
	const pending = g[KEY];
	delete g[KEY];
	if (pending) await (await pending).close();
}

function redact(url: string | undefined): string | undefined {
	if (!url) return url;
	try {
		const u = new URL(url);
		if (u.password) u.password = '***';
		return u.toString();
	} catch {
		return 'postgres://…';
	}
}

/** The `n` of a `select count(*)::int as n …` query. */
export async function countRows(query: PromiseLike<readonly { n: number }[]>): Promise<number> {
	const [row] = await query;
	return row?.n ?? 0;
}

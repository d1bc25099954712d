import { readConfig } from './config';
import { getDatabase, type DbKind } from './db';

export interface Health {
	ok: boolean;
	db: DbKind;
}

/** Asks the database for `select 1` within two seconds. */
export async function checkHealth(): Promise<Health> {
	const kind: DbKind = readConfig().databaseUrl ? 'postgres' : 'embedded';
	try {
		const db = await withTimeout(getDatabase(), 2000);
		await withTimeout(db.sql`select 1`.execute(), 2000);
		return { ok: true, db: db.kind };
	} catch {
		return { ok: false, db: kind };
	}
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout;
	return Promise.race([
		p,
		new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error('timeout')), ms);
		})
	]).finally(() => clearTimeout(timer));
}

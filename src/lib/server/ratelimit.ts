import type { Sql } from './db';

export interface Limit {
	/** How many events the window allows. */
	max: number;
	windowMs: number;
}

/** Sign-in failures allowed per account and per client address. */
export const SIGN_IN_PER_ACCOUNT: Limit = { max: 5, windowMs: 15 * 60 * 1000 };
export const SIGN_IN_PER_ADDRESS: Limit = { max: 30, windowMs: 15 * 60 * 1000 };

/** Seconds until `key` may act again, or 0 if it is under its limit now. */
export async function retryAfter(sql: Sql, key: string, limit: Limit): Promise<number> {
	const [row] = await sql<{ count: number; ends: Date }[]>`
		select count, window_start + ${limit.windowMs} * interval '1 millisecond' as ends
		from rate_limits where key = ${key}`;
	if (!row) return 0;
	const left = row.ends.getTime() - Date.now();
	if (left <= 0 || row.count < limit.max) return 0;
	return Math.ceil(left / 1000);
}

/** Counts one event against `key` in a fixed window that starts with the first event. */
export async function hit(sql: Sql, key: string, limit: Limit): Promise<void> {
	await sql`
		insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
		on conflict (key) do update set
			count = case when rate_limits.window_start + ${limit.windowMs} * interval '1 millisecond' <= now()
				then 1 else rate_limits.count + 1 end,
			window_start = case when rate_limits.window_start + ${limit.windowMs} * interval '1 millisecond' <= now()
				then now() else rate_limits.window_start end`;
}

export async function clear(sql: Sql, key: string): Promise<void> {
	await sql`delete from rate_limits where key = ${key}`;
}

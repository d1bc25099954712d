import pino from 'pino';

const KEY = Symbol.for('roundtable.logger');
type WithLogger = typeof globalThis & { [KEY]?: pino.Logger };

/** One structured logger per process, shared by SvelteKit routes and the realtime server. */
export function logger(): pino.Logger {
	const g = globalThis as WithLogger;
	g[KEY] ??= pino({
		level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
		base: { app: 'roundtable' }
	});
	return g[KEY];
}

import path from 'node:path';

/**
 * Process configuration, read from the environment once. Kept free of `$env` so the realtime server
 * (bundled outside SvelteKit) and the SvelteKit app read it the same way.
 */
export interface Config {
	databaseUrl: string | undefined;
	dataDir: string;
	production: boolean;
	logLevel: string;
	migrationsDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	return {
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: path.resolve(env.DATA_DIR || 'data'),
		production: env.NODE_ENV === 'production',
		logLevel: env.LOG_LEVEL || 'info',
		migrationsDir: path.resolve(env.MIGRATIONS_DIR || 'migrations')
	};
}

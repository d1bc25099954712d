import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db';
import { logger } from '../src/lib/server/log';
import { migrate } from '../src/lib/server/migrate';

/** `npm run db:migrate`: applies pending migrations and exits, without starting the app. */
const log = logger();
const config = readConfig();
try {
	const db = await openDatabase({
		url: config.databaseUrl,
		dataDir: config.dataDir,
		migrate: false
	});
	try {
		const applied = await migrate(db.sql, config.migrationsDir);
		log.info(
			{ db: db.kind, applied },
			applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date'
		);
	} finally {
		await db.close();
	}
} catch (err) {
	log.fatal({ err }, 'migration failed');
	process.exit(1);
}

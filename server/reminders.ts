import { getDatabase } from '../src/lib/server/db';
import { todayIn, weekdayIn } from '../src/lib/server/dates';
import { logger } from '../src/lib/server/log';
import { createMailer, mailerConfigured, runReminders } from '../src/lib/server/reminders';

/** Checks for reminders to send every REMINDER_INTERVAL_S seconds (default 10 minutes) when SMTP_URL is set. */
export function startReminders(env: NodeJS.ProcessEnv = process.env): () => void {
	const log = logger().child({ component: 'reminders' });
	if (!mailerConfigured(env)) {
		log.info('email reminders are off (SMTP_URL is not set)');
		return () => {};
	}
	const mailer = createMailer(env.SMTP_URL!);
	const from = env.MAIL_FROM || 'Roundtable <roundtable@localhost>';
	const baseUrl = env.ORIGIN || `http://localhost:${env.PORT ?? 3000}`;
	const timeZone = env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
	let running = false;
	const tick = async () => {
		if (running) return;
		running = true;
		try {
			const now = new Date();
			const today = todayIn(timeZone, now);
			const weekday = weekdayIn(timeZone, now);
			const sent = await runReminders((await getDatabase()).sql, mailer, {
				from,
				baseUrl,
				today,
				weekday
			});
			if (sent.dueSoon || sent.digests) log.info(sent, 'reminders sent');
		} catch (err) {
			log.error({ err }, 'reminder run failed');
		} finally {
			running = false;
		}
	};
	const interval = Math.max(5, Number(env.REMINDER_INTERVAL_S) || 600) * 1000;
	const timer = setInterval(tick, interval);
	timer.unref();
	void tick();
	log.info({ every: interval / 1000 }, 'email reminders are on');
	return () => {
		clearInterval(timer);
		mailer.close();
	};
}

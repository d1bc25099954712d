import nodemailer, { type Transporter } from 'nodemailer';
import { createTranslator, type Translate } from '../i18n';
import type { Sql } from './db';
import { logger } from './log';

/**
 * Email reminders, when SMTP_URL is set (e.g. smtp://user:pass@mail.school.org:587): owners with an email
 * address hear of a commitment two days before it is due, and staff get a weekly digest on Mondays.
 * Each message is recorded in `reminders_sent` first, so several processes never send it twice.
 */
export function mailerConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
	return Boolean(env.SMTP_URL);
}

export function createMailer(url: string): Transporter {
	return nodemailer.createTransport(url);
}

const DUE_SOON_DAYS = 2;

interface Due {
	id: string;
	what: string;
	dueDate: string;
	email: string;
	name: string;
	family: boolean;
}

/** Claims a reminder key; false if it was already sent (by this or another process). */
async function claim(sql: Sql, key: string): Promise<boolean> {
	const rows =
		await sql`insert into reminders_sent (key) values (${key}) on conflict do nothing returning key`;
	return rows.length > 0;
}

async function unclaim(sql: Sql, key: string): Promise<void> {
	await sql`delete from reminders_sent where key = ${key}`;
}

export async function runReminders(
	sql: Sql,
	mailer: Transporter,
	opts: { from: string; baseUrl: string; today: string; weekday: number; t?: Translate }
): Promise<{ dueSoon: number; digests: number }> {
	const t = opts.t ?? createTranslator('en');
	const log = logger().child({ component: 'reminders' });
	// Owners who are staff (their account email), and family-owned commitments (the family link's email).
	const due = await sql<Due[]>`
		select a.id, a.what, to_char(a.due_date, 'YYYY-MM-DD') as "dueDate", u.email, u.name, false as family
		from action_items a join users u on u.id = a.owner_user_id
		where a.committed_at is not null and a.status in ('open', 'in_progress')
			and a.due_date between ${opts.today}::date and ${opts.today}::date + ${DUE_SOON_DAYS}::int
		union all
		select a.id, a.what, to_char(a.due_date, 'YYYY-MM-DD'), f.email, coalesce(nullif(f.label, ''), s.first_name), true
		from action_items a join family_links f on f.student_id = a.student_id and f.revoked_at is null and f.email is not null
		join students s on s.id = a.student_id
		where a.committed_at is not null and a.status in ('open', 'in_progress') and a.family_visible
			and a.owner_kind in ('guest', 'family', 'student')
			and a.due_date between ${opts.today}::date and ${opts.today}::date + ${DUE_SOON_DAYS}::int`;
	let dueSoon = 0;
	for (const d of due) {
		const key = `due:${d.id}:${d.dueDate}:${d.email}`;
		if (!(await claim(sql, key))) continue;
		try {
			await mailer.sendMail({
				from: opts.from,
				to: d.email,
				subject: t('reminders.dueSubject', { what: d.what }),
				text: t('reminders.dueBody', {
					name: d.name,
					what: d.what,
					date: new Date(`${d.dueDate}T12:00:00Z`),
					url: opts.baseUrl
				})
			});
			dueSoon++;
		} catch (err) {
			await unclaim(sql, key);
			log.error({ err, to: d.email }, 'reminder not sent');
		}
	}

	let digests = 0;
	if (opts.weekday === 1) {
		const owners = await sql<{ userId: string; email: string; name: string; items: string[] }[]>`
			select u.id as "userId", u.email, u.name,
				array_agg(a.what || coalesce(' (' || to_char(a.due_date, 'YYYY-MM-DD') || ')', '') order by a.due_date nulls last) as items
			from action_items a join users u on u.id = a.owner_user_id
			where a.committed_at is not null and a.status in ('open', 'in_progress')
			group by u.id, u.email, u.name`;
		for (const o of owners) {
			const key = `digest:${o.userId}:${opts.today}`;
			if (!(await claim(sql, key))) continue;
			try {
				await mailer.sendMail({
					from: opts.from,
					to: o.email,
					subject: t('reminders.digestSubject', { count: o.items.length }),
					text: `${t('reminders.digestIntro', { name: o.name, count: o.items.length })}\n\n${o.items.map((i) => `- ${i}`).join('\n')}\n\n${opts.baseUrl}/commitments\n`
				});
				digests++;
			} catch (err) {
				await unclaim(sql, key);
				log.error({ err, to: o.email }, 'digest not sent');
			}
		}
	}
	return { dueSoon, digests };
}

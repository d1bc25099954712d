import { createEvents, type EventAttributes } from 'ics';
import type { Translate } from '../i18n';
import type { ActionItem } from '../protocol/meeting';

/**
 * Commitments as iCalendar all-day events on their due date (those without a date are left out), made
 * with the `ics` package. The UID is stable, so a subscribed calendar updates the event in place.
 */
export function commitmentsToIcs(
	t: Translate,
	items: (ActionItem & { meetingTitle?: string; studentName?: string | null })[],
	calName: string,
	host: string
): string {
	const events: EventAttributes[] = items
		.filter((a) => a.dueDate)
		.map((a) => {
			const [y, m, d] = a.dueDate!.split('-').map(Number) as [number, number, number];
			const end = new Date(Date.UTC(y, m - 1, d + 1));
			const done = a.status === 'done' || a.status === 'cant_do';
			return {
				uid: `commitment-${a.id}@${host}`,
				start: [y, m, d],
				end: [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()],
				title: `${done ? '✓ ' : ''}${a.what}`,
				description: [
					t('calendar.owner', { name: a.owner.name }),
					t('calendar.status', { status: t(`commitments.status.${a.status}`) }),
					a.meetingTitle ? t('calendar.fromMeeting', { title: a.meetingTitle }) : '',
					a.studentName ? t('calendar.student', { name: a.studentName }) : ''
				]
					.filter(Boolean)
					.join('\n'),
				status: a.status === 'cant_do' ? 'CANCELLED' : 'CONFIRMED',
				calName,
				productId: 'roundtable/commitments'
			} satisfies EventAttributes;
		});
	if (events.length === 0) {
		return [
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:roundtable/commitments',
			`X-WR-CALNAME:${calName.replace(/[\r\n]/g, ' ')}`,
			'END:VCALENDAR',
			''
		].join('\r\n');
	}
	const { error, value } = createEvents(events);
	if (error || !value) throw error ?? new Error('calendar could not be made');
	return value;
}

export function icsResponse(body: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `inline; filename="${filename}"`,
			'cache-control': 'no-store'
		}
	});
}

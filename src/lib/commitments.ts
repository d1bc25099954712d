import type { CommitmentStatus } from './protocol/meeting';

/** Today's calendar day where the browser (or server) is, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
	const y = now.getFullYear();
	const m = String(now.getMonth() + 1).padStart(2, '0');
	const d = String(now.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}`;
}

/** Days from `today` to `date` (both YYYY-MM-DD); negative when past. */
export function daysUntil(date: string, today: string): number {
	return Math.round(
		(Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000
	);
}

/** Whether an unfinished commitment is overdue or due within three days. */
export function dueState(
	status: CommitmentStatus,
	due: string | null,
	today: string
): 'overdue' | 'soon' | 'none' {
	if (!due || status === 'done' || status === 'cant_do') return 'none';
	const days = daysUntil(due, today);
	return days < 0 ? 'overdue' : days <= 3 ? 'soon' : 'none';
}

/** A due date as a date in the person's language, at noon UTC so no time zone moves the day. */
export function dueAsDate(due: string): Date {
	return new Date(`${due}T12:00:00Z`);
}

/** Today's calendar day (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}

/** The day of the week (0 = Sunday) in a time zone. */
export function weekdayIn(timeZone: string, now = new Date()): number {
	const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(now);
	return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(day);
}

/** "m:ss" for a countdown; over time shows the overrun without a sign (the caller labels it). */
export function formatClock(ms: number): string {
	const total = Math.floor(Math.abs(ms) / 1000);
	const m = Math.floor(total / 60);
	const s = total % 60;
	return `${m}:${s.toString().padStart(2, '0')}`;
}

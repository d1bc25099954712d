import type { DataPoint, Goal } from './protocol/meeting';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** Least-squares line through the data (x in days), or null with fewer than two points on different days. */
export function trend(
	points: DataPoint[]
): { slopePerDay: number; at: (date: string) => number } | null {
	if (points.length < 2) return null;
	const xs = points.map((p) => day(p.date));
	const ys = points.map((p) => p.value);
	const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
	const my = ys.reduce((a, b) => a + b, 0) / ys.length;
	let sxx = 0;
	let sxy = 0;
	xs.forEach((x, i) => {
		sxx += (x - mx) ** 2;
		sxy += (x - mx) * (ys[i]! - my);
	});
	if (sxx === 0) return null;
	const slope = sxy / sxx;
	return { slopePerDay: slope, at: (date) => my + slope * (day(date) - mx) };
}

/** Where the aim line starts and ends: baseline at the first data point's date, target at the target date. */
export function aimLine(
	goal: Goal
): { from: { date: string; value: number }; to: { date: string; value: number } } | null {
	const first = goal.data[0]?.date;
	if (goal.baseline === null || goal.target === null || !first || !goal.targetDate) return null;
	return {
		from: { date: first, value: goal.baseline },
		to: { date: goal.targetDate, value: goal.target }
	};
}

export { day as dayNumber };

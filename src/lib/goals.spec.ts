import { describe, expect, it } from 'vitest';
import { aimLine, trend } from './goals';

const p = (date: string, value: number) => ({ id: date, date, value, note: '' });

describe('trend', () => {
	it('fits a least-squares line through dated points', () => {
		const line = trend([p('2026-09-01', 40), p('2026-09-08', 47), p('2026-09-15', 54)])!;
		expect(line.slopePerDay).toBeCloseTo(1, 10);
		expect(line.at('2026-09-22')).toBeCloseTo(61, 10);
	});
	it('is null with fewer than two distinct days', () => {
		expect(trend([p('2026-09-01', 40)])).toBeNull();
		expect(trend([p('2026-09-01', 40), p('2026-09-01', 50)])).toBeNull();
	});
});

describe('aimLine', () => {
	const goal = {
		id: 'g',
		area: 'reading' as const,
		text: '',
		unit: 'wcpm',
		reporting: '',
		baseline: 40,
		target: 110,
		targetDate: '2027-05-31',
		data: [p('2026-09-01', 42)]
	};
	it('runs from the baseline at the first measurement to the target at the target date', () => {
		expect(aimLine(goal)).toEqual({
			from: { date: '2026-09-01', value: 40 },
			to: { date: '2027-05-31', value: 110 }
		});
	});
	it('needs a baseline, a target, a target date and data', () => {
		expect(aimLine({ ...goal, targetDate: null })).toBeNull();
		expect(aimLine({ ...goal, data: [] })).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { daysUntil, dueState, localToday } from './commitments';

describe('due dates', () => {
	it('counts calendar days, across month ends and time changes', () => {
		expect(daysUntil('2026-12-01', '2026-11-30')).toBe(1);
		expect(daysUntil('2026-11-01', '2026-11-02')).toBe(-1);
		expect(daysUntil('2027-03-30', '2027-03-27')).toBe(3);
	});
	it('marks unfinished commitments overdue or due soon, never finished ones', () => {
		expect(dueState('open', '2026-11-20', '2026-11-22')).toBe('overdue');
		expect(dueState('in_progress', '2026-11-24', '2026-11-22')).toBe('soon');
		expect(dueState('open', '2026-12-24', '2026-11-22')).toBe('none');
		expect(dueState('done', '2026-11-01', '2026-11-22')).toBe('none');
		expect(dueState('open', null, '2026-11-22')).toBe('none');
	});
	it('gives the local calendar day', () => {
		expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
	});
});

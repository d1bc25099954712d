import { describe, expect, it } from 'vitest';
import { formatClock } from './format';
import { timeLeftMs, plannedMinutes } from './protocol/meeting';

describe('formatClock', () => {
	it('shows minutes and zero-padded seconds, rounding down', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(59_999)).toBe('0:59');
		expect(formatClock(10 * 60_000)).toBe('10:00');
		expect(formatClock(-90_500)).toBe('1:30');
	});
});

describe('timeLeftMs', () => {
	const start = Date.parse('2026-11-22T09:00:00Z');
	it('counts down from the duration while running, from the server clock', () => {
		const timer = {
			durationMs: 300_000,
			elapsedMs: 0,
			runningSince: new Date(start).toISOString()
		};
		expect(timeLeftMs(timer, start + 60_000)).toBe(240_000);
		expect(timeLeftMs(timer, start + 360_000)).toBe(-60_000);
	});
	it('holds still while paused, keeping time already counted', () => {
		const timer = { durationMs: 300_000, elapsedMs: 100_000, runningSince: null };
		expect(timeLeftMs(timer, start)).toBe(200_000);
		expect(timeLeftMs(timer, start + 999_999)).toBe(200_000);
	});
	it('never counts a start in the future (clock skew) as negative time', () => {
		const timer = {
			durationMs: 60_000,
			elapsedMs: 0,
			runningSince: new Date(start + 5000).toISOString()
		};
		expect(timeLeftMs(timer, start)).toBe(60_000);
	});
});

describe('plannedMinutes', () => {
	it('adds the timeboxes', () => {
		const item = {
			id: 'x',
			position: 0,
			title: 't',
			description: '',
			presenter: '',
			kind: 'discussion' as const,
			decision: null,
			guestsCanEditNotes: false,
			special: null
		};
		expect(
			plannedMinutes([
				{ ...item, minutes: 5 },
				{ ...item, minutes: 10 }
			])
		).toBe(15);
	});
});

import { describe, expect, it } from 'vitest';
import { redactQuestions, splitGoals } from './goals';

describe('splitGoals', () => {
	it('splits on blank lines and joins wrapped lines', () => {
		expect(splitGoals('Goal one\ncontinues here.\n\n  Goal two.  \n')).toEqual([
			'Goal one continues here.',
			'Goal two.'
		]);
	});
	it('splits numbered and bulleted lists, dropping the markers', () => {
		expect(splitGoals('1. First goal\n2) Second goal\n- Third goal\n• Fourth')).toEqual([
			'First goal',
			'Second goal',
			'Third goal',
			'Fourth'
		]);
	});
	it('keeps numbers inside a goal', () => {
		expect(splitGoals('Sam will read 110 wcpm\nwith 95% accuracy by 05/2027.')).toEqual([
			'Sam will read 110 wcpm with 95% accuracy by 05/2027.'
		]);
	});
	it('gives nothing for blank text', () => {
		expect(splitGoals('  \n\n ')).toEqual([]);
	});
});

describe('redactQuestions', () => {
	const row = (askerKey: string, hideName: boolean) => ({
		id: askerKey,
		askerKey,
		askerName: `Name of ${askerKey}`,
		hideName,
		aboutKind: 'free' as const,
		aboutId: null,
		aboutLabel: '',
		text: 'Why?',
		status: 'open' as const,
		createdAt: new Date(0)
	});
	const rows = [row('guest:a', true), row('guest:b', false)];
	it('hides a hidden name from other guests and from the projector, never from staff or the asker', () => {
		expect(redactQuestions(rows, { key: 'guest:b', staff: false }).map((q) => q.askerName)).toEqual(
			[null, 'Name of guest:b']
		);
		expect(redactQuestions(rows, { key: null, staff: false })[0]!.askerName).toBeNull();
		expect(redactQuestions(rows, { key: 'user:x', staff: true })[0]!.askerName).toBe(
			'Name of guest:a'
		);
		const own = redactQuestions(rows, { key: 'guest:a', staff: false })[0]!;
		expect(own).toMatchObject({ askerName: 'Name of guest:a', mine: true });
	});
});

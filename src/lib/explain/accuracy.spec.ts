import { describe, expect, it } from 'vitest';
import fixtures from '../../../tests/fixtures/goals/goals.json';
import { parseGoal, PART_NAMES, PIECE_JOINER } from './parse';
import { coveredPositions, normalise, partCorrect } from './score';
import type { GoalParts, PartName } from './types';

interface Fixture {
	text: string;
	source: string;
	area: string;
	split?: 'dev' | 'holdout';
	expected: GoalParts;
}

const goals = fixtures as Fixture[];
const AREAS = [
	'reading',
	'writing',
	'math',
	'communication',
	'behaviour',
	'social-emotional',
	'motor',
	'adaptive',
	'transition'
];

interface Score {
	correct: Record<PartName, number>;
	total: number;
	overall: number;
}

function score(list: Fixture[]): Score {
	const correct = Object.fromEntries(PART_NAMES.map((p) => [p, 0])) as Record<PartName, number>;
	for (const g of list) {
		const found = parseGoal(g.text);
		for (const p of PART_NAMES) if (partCorrect(g.text, found[p], g.expected[p])) correct[p]++;
	}
	const sum = PART_NAMES.reduce((n, p) => n + correct[p], 0);
	return {
		correct,
		total: list.length,
		overall: list.length ? sum / (list.length * PART_NAMES.length) : 0
	};
}

function report(label: string, s: Score): string {
	const parts = PART_NAMES.map((p) => `${p} ${(s.correct[p] / s.total).toFixed(3)}`).join(', ');
	return `${label} (${s.total} goals): ${parts}; overall ${s.overall.toFixed(3)}`;
}

describe('goal fixtures', () => {
	it('has at least 40 goals from named public goal banks, across areas', () => {
		expect(goals.length).toBeGreaterThanOrEqual(40);
		for (const g of goals) {
			expect(g.source.length, g.text).toBeGreaterThan(5);
			expect(AREAS, g.text).toContain(g.area);
		}
		expect(new Set(goals.map((g) => g.area)).size).toBe(AREAS.length);
	});

	it('expects pieces that are exact substrings of the goal, in order', () => {
		for (const g of goals) {
			for (const p of PART_NAMES) {
				const value = g.expected[p];
				if (value !== null)
					expect(coveredPositions(g.text, value), `${p}: ${value}`).not.toBeNull();
			}
		}
	});
});

describe('the accuracy metric', () => {
	const text = 'Sam will read 110 wcpm with 95% accuracy by May.';
	it('counts both-null and normalised-equal values as correct', () => {
		expect(partCorrect(text, null, null)).toBe(true);
		expect(partCorrect(text, 'Sam will read', null)).toBe(false);
		expect(partCorrect(text, null, 'Sam will read')).toBe(false);
		expect(normalise(' By  May. ')).toBe('by may');
		expect(partCorrect('x', 'By  May.', 'by may')).toBe(true);
	});

	it('needs an overlap of 80% of the longer value', () => {
		// 'with 95% accuracy' (17) vs '110 wcpm with 95% accuracy' (26): 17/26 < 0.8
		expect(partCorrect(text, 'with 95% accuracy', '110 wcpm with 95% accuracy')).toBe(false);
		// 'wcpm with 95% accuracy' (22) vs 26: 22/26 ≥ 0.8
		expect(partCorrect(text, 'wcpm with 95% accuracy', '110 wcpm with 95% accuracy')).toBe(true);
		expect(
			partCorrect(text, `110 wcpm${PIECE_JOINER}with 95% accuracy`, '110 wcpm with 95% accuracy')
		).toBe(true);
	});
});

describe('parser accuracy on the fixtures', () => {
	it('finds at least 90% of the parts correctly', () => {
		const all = score(goals);
		const lines = [report('all', all)];
		const dev = goals.filter((g) => g.split !== 'holdout');
		const holdout = goals.filter((g) => g.split === 'holdout');
		if (holdout.length > 0)
			lines.push(report('dev', score(dev)), report('holdout', score(holdout)));

		console.info(`parser accuracy\n  ${lines.join('\n  ')}`);
		expect(all.overall).toBeGreaterThanOrEqual(0.9);
	});
});

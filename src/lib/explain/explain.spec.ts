import { describe, expect, it } from 'vitest';
import goals from '../../../tests/fixtures/goals/goals.json';
import { explainGoal, formatDates, MAX_GOAL_LENGTH } from './index';

const MODEL =
	'Given a grade-level passage, Sam will read 110 wcpm with 95% accuracy on 3 of 4 CBM probes by 05/2027';

/** Typical goals: the brief's model goal and goals from public goal banks in the fixtures. */
const TYPICAL = [
	MODEL,
	'By May 2027, when presented with a choice board, Sam will independently initiate a peer interaction during unstructured time in 4 out of 5 opportunities as measured by teacher-charted data. Progress will be reported quarterly.',
	'When given a topic, STUDENT will express ideas in complete sentences with 100% accuracy in 4/5 trials.',
	'By October 20, 2015, Mary will read orally 87 words per minute with 5 or fewer errors when given a one-minute Grade 2 reading fluency test.',
	'Given a structured activity, [student] will correctly produce the /s/ sound in initial and final word positions in 3-word phrases with 80% accuracy across 3 consecutive data collection sessions as measured by SLP data.',
	'By the end of the school year, the student will be able to read aloud a passage at a rate of 100 words per minute with 95% accuracy, as measured by teacher observation and running records.',
	'When given an assigned task, ____ will independently complete an assignment/task, and ask for assistance, if needed, with 80% accuracy in 5 out of 5 consecutive trials, in a small group setting, as measured by teacher-charted observations.'
];

describe('explainGoal in English', () => {
	const e = explainGoal(MODEL, { lang: 'en', name: 'Sam' });

	it('explains the numbers', () => {
		expect(e.plain).toContain('110 words correct per minute (words read correctly in one minute)');
		expect(e.plain).toContain('get 95 out of 100 right');
		expect(e.plain).toContain('on 3 of 4 short tests');
		expect(e.plain).toContain('May 2027');
		expect(e.plain).not.toContain('05/2027');
		expect(e.plain).not.toMatch(/wcpm/i);
	});

	it('turns trials into tries and keeps the name', () => {
		const out = explainGoal('Ana will say /s/ in words in 4 out of 5 trials by June 2026.', {
			lang: 'en',
			name: 'Ana'
		});
		expect(out.plain).toContain('4 out of 5 tries');
		expect(out.plain.startsWith('Ana will say /s/ in words.')).toBe(true);
	});

	it("uses the child's name for every generic subject, or 'your child'", () => {
		const generic =
			'When given a topic, STUDENT will express ideas in complete sentences with 100% accuracy in 4/5 trials.';
		expect(explainGoal(generic, { lang: 'en', name: 'Leo' }).plain).toMatch(
			/^Leo will express ideas/
		);
		expect(explainGoal(generic, { lang: 'en', name: 'Leo' }).plain).not.toMatch(/STUDENT/);
		expect(explainGoal(generic, { lang: 'en' }).plain).toMatch(/^Your child will express ideas/);
		const blank = explainGoal(
			'When _____ becomes upset, he will use a coping strategy, with one reminder, on 4 out of 5 opportunities.',
			{ lang: 'en', name: 'Leo' }
		);
		expect(blank.plain).toContain('when Leo becomes upset');
		expect(blank.plain).toContain('Leo can get 1 reminder.');
	});

	it('expands acronyms the first time', () => {
		const out = explainGoal(
			'By [date], during classroom activities, the student will cut out a circle in 4 out of 5 trials, as measured by work samples and OT data collection.',
			{ lang: 'en' }
		);
		expect(out.plain).toContain('OT (occupational therapy) data collection');
		expect(out.plain).toContain('The end date in this goal is still blank');
	});

	it('writes typical goals at Flesch–Kincaid grade 6 or below', () => {
		for (const text of TYPICAL) {
			for (const name of ['Sam', undefined]) {
				const out = explainGoal(text, { lang: 'en', name });
				expect(out.readability.plain.fkGrade, out.plain).toBeLessThanOrEqual(6);
				expect(out.readability.plain.fkGrade).toBeLessThan(out.readability.original.fkGrade);
			}
		}
	});

	it('keeps the median of all fixture goals at grade 6 or below', () => {
		const grades = (goals as { text: string }[])
			.map((g) => explainGoal(g.text, { lang: 'en', name: 'Sam' }).readability.plain.fkGrade)
			.sort((a, b) => a - b);
		const median = grades[Math.floor(grades.length / 2)] ?? Infinity;
		const share = grades.filter((g) => g <= 6).length / grades.length;

		console.info(
			`plain FK over ${grades.length} fixture goals: median ${median}, ${(share * 100).toFixed(0)}% ≤ 6, max ${grades[grades.length - 1]}`
		);
		expect(median).toBeLessThanOrEqual(6);
		expect(share).toBeGreaterThanOrEqual(0.8);
	});

	it('quotes criterion text it cannot explain instead of dropping it', () => {
		const out = explainGoal(
			'Following instruction, STUDENT will create a resume with correct format and no more than 3 errors in spelling by May 2026.',
			{ lang: 'en' }
		);
		expect(out.plain).toContain('no more than 3 mistakes in spelling');
	});

	it('notes blanks in the numbers', () => {
		const out = explainGoal(
			'STUDENT will decode words with XX% accuracy for XX consecutive weeks by June 2026.',
			{
				lang: 'en'
			}
		);
		expect(out.plain).toContain('Some numbers in this goal are still blank');
	});
});

describe('explainGoal in Spanish', () => {
	const e = explainGoal(MODEL, { lang: 'es', name: 'Sam' });

	it('explains the numbers in Spanish', () => {
		expect(e.plain).toContain('acierta 95 de cada 100');
		expect(e.plain).toContain('3 de 4 pruebas cortas');
		expect(e.plain).toContain(
			'110 palabras correctas por minuto (palabras leídas bien en un minuto)'
		);
		expect(e.plain).toContain('mayo de 2027');
	});

	it('quotes the untranslated behavior after a lead-in that says so', () => {
		expect(e.plain).toContain('La meta dice (en inglés): “Sam will read”.');
		expect(e.plain).toContain('Condiciones (en inglés): “Given a grade-level passage”.');
		expect(e.plain).toContain('CBM = pruebas cortas con tiempo');
	});

	it('uses "su hijo/a" without a name, and translates common timeframes and report schedules', () => {
		const out = explainGoal(
			'Sam will follow 2-step directions in 4 out of 5 trials by the end of the school year; progress will be reported quarterly.',
			{ lang: 'es' }
		);
		expect(out.plain).toContain('Esta es una meta para su hijo/a.');
		expect(out.plain).toContain('Fecha límite: para el final del año escolar.');
		expect(out.plain).toContain('Debe lograrlo en 4 de 5 intentos.');
		expect(out.plain).toContain('Recibirá un informe de progreso cada trimestre');
	});

	it('gives Spanish definitions for the jargon in the English goal', () => {
		const wcpm = e.terms.find((t) => t.id === 'wcpm');
		expect(wcpm?.term).toBe('wcpm');
		expect(wcpm?.definition).toMatch(/Palabras leídas bien en un minuto/);
	});
});

describe('explainGoal results', () => {
	it('finds jargon in the original text with its offsets', () => {
		const e = explainGoal(MODEL, { lang: 'en' });
		expect(e.terms.map((t) => t.term)).toEqual([
			'grade-level',
			'wcpm',
			'accuracy',
			'CBM',
			'probes'
		]);
		for (const t of e.terms) expect(MODEL.slice(t.start, t.end)).toBe(t.term);
	});

	it('keeps offsets into the text given, even with surrounding spaces', () => {
		const text = `   ${MODEL}  `;
		const e = explainGoal(text, { lang: 'en' });
		for (const t of e.terms) expect(text.slice(t.start, t.end)).toBe(t.term);
	});

	it('lists missing parts (never reporting) and flags goals that cannot be measured', () => {
		const vague = explainGoal(
			'Tristan will increase his reading comprehension, fluency and decoding skills.',
			{
				lang: 'en',
				name: 'Tristan'
			}
		);
		expect(vague.missing).toEqual(['timeframe', 'condition', 'criterion', 'measurement']);
		expect(vague.measurable).toBe(false);
		expect(vague.plain).toContain('Note: the goal does not say how well Tristan must do.');
		expect(vague.plain).toContain('Note: the goal does not give an end date.');

		const noDate = explainGoal('Sam will read 90 wcpm as measured by CBM probes.', { lang: 'en' });
		expect(noDate.measurable).toBe(false);
		expect(noDate.missing).toContain('timeframe');

		const full = explainGoal(MODEL, { lang: 'en' });
		expect(full.measurable).toBe(true);
		expect(full.missing).toEqual(['measurement']);
		expect(full.missing).not.toContain('reporting');
	});

	it('reports readability of the original and the plain version', () => {
		const e = explainGoal(MODEL, { lang: 'en' });
		expect(e.readability.original.fkGrade).toBeGreaterThan(10);
		expect(e.readability.plain.fkGrade).toBeLessThanOrEqual(6);
	});

	it('rejects text longer than MAX_GOAL_LENGTH', () => {
		expect(() => explainGoal('x'.repeat(MAX_GOAL_LENGTH + 1), { lang: 'en' })).toThrow(RangeError);
	});

	it('handles empty text', () => {
		const e = explainGoal('', { lang: 'en' });
		expect(e.parts.behavior).toBeNull();
		expect(e.measurable).toBe(false);
		expect(e.plain).toContain('does not say clearly');
	});
});

describe('formatDates', () => {
	it('writes numeric dates out in English and Spanish', () => {
		expect(formatDates('by 05/2027', 'en')).toBe('by May 2027');
		expect(formatDates('by 10/2/24', 'en')).toBe('by October 2, 2024');
		expect(formatDates('by 2027-06-15', 'en')).toBe('by June 15, 2027');
		expect(formatDates('para 05/2027', 'es')).toBe('para mayo de 2027');
		expect(formatDates('10/2/24', 'es')).toBe('2 de octubre de 2024');
		expect(formatDates('in 4/5 trials', 'en')).toBe('in 4/5 trials');
	});
});

describe('plain words for a goal full of assessment jargon', () => {
	const goal =
		'By May 2027, given a grade-level passage, Sam will read 110 words correct per minute (WCPM) with 95% accuracy on 3 of 4 curriculum-based measurement (CBM) probes, as measured by teacher-charted data.';
	it('drops acronyms that repeat their own words, and never quotes nothing', () => {
		const plain = explainGoal(goal, { lang: 'en', name: 'Sam' }).plain;
		expect(plain).not.toMatch(/WCPM|CBM|curriculum-based/);
		expect(plain).not.toContain('“”');
		expect(plain).toContain('95 out of 100');
	});
});

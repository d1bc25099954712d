import { describe, expect, it } from 'vitest';
import {
	MAX_GOAL_LENGTH,
	parseGoal,
	parseGoalSpans,
	PART_NAMES,
	PIECE_JOINER,
	splitSubject
} from './parse';

describe('parseGoal', () => {
	it('splits the model goal (condition first, timeframe last)', () => {
		expect(
			parseGoal(
				'Given a grade-level passage, Sam will read 110 wcpm with 95% accuracy on 3 of 4 CBM probes by 05/2027'
			)
		).toEqual({
			timeframe: 'by 05/2027',
			condition: 'Given a grade-level passage',
			behavior: 'Sam will read',
			criterion: '110 wcpm with 95% accuracy on 3 of 4 CBM probes',
			measurement: null,
			reporting: null
		});
	});

	it('handles timeframe first, conditions on both sides, measurement and reporting', () => {
		expect(
			parseGoal(
				'By May 2027, when presented with a choice board, Sam will independently initiate a peer interaction during unstructured time in 4 out of 5 opportunities as measured by teacher-charted data. Progress will be reported quarterly.'
			)
		).toEqual({
			timeframe: 'By May 2027',
			condition: `when presented with a choice board${PIECE_JOINER}during unstructured time`,
			behavior: 'Sam will independently initiate a peer interaction',
			criterion: 'in 4 out of 5 opportunities',
			measurement: 'as measured by teacher-charted data',
			reporting: 'Progress will be reported quarterly'
		});
	});

	it('handles behavior first with everything after it', () => {
		expect(
			parseGoal(
				'Sam will follow 2-step directions with no more than 2 prompts on 3 of 4 consecutive probes by the annual review, as measured by work samples; progress will be reported each grading period.'
			)
		).toEqual({
			timeframe: 'by the annual review',
			condition: null,
			behavior: 'Sam will follow 2-step directions',
			criterion: 'with no more than 2 prompts on 3 of 4 consecutive probes',
			measurement: 'as measured by work samples',
			reporting: 'progress will be reported each grading period'
		});
	});

	it.each([
		['by May 2027', 'Sam will read 90 wcpm by May 2027.'],
		['by 05/2027', 'Sam will read 90 wcpm by 05/2027.'],
		['within 36 instructional weeks', 'Within 36 instructional weeks, Sam will read 90 wcpm.'],
		['by the end of the IEP period', 'Sam will read 90 wcpm by the end of the IEP period.'],
		['by the annual review', 'By the annual review, Sam will read 90 wcpm.'],
		['By October 20, 2015', 'By October 20, 2015, Mary will read 87 words per minute.'],
		['In one month', 'In one month, the child will read at least 80 percent of the words given'],
		[
			'during her senior year',
			'Allison will pass Algebra II with a C or better during her senior year.'
		]
	])('finds the timeframe "%s"', (timeframe, text) => {
		expect(parseGoal(text).timeframe?.toLowerCase()).toBe(timeframe.toLowerCase());
	});

	it.each([
		['Given a grade-level passage', 'Given a grade-level passage, Sam will read 90 wcpm.'],
		[
			'when presented with a picture',
			'Sam will name the object when presented with a picture in 4 of 5 trials.'
		],
		[
			'with visual supports',
			'With visual supports, Ana will follow the morning routine in 4 of 5 days.'
		],
		[
			'during unstructured time',
			'Ana will join a peer during unstructured time in 3 of 4 opportunities.'
		],
		[
			'in the general education setting',
			'Ana will stay on task in the general education setting 80% of the time.'
		]
	])('finds the condition "%s"', (condition, text) => {
		expect(parseGoal(text).condition?.toLowerCase()).toBe(condition.toLowerCase());
	});

	it.each([
		['110 wcpm', 'Sam will read 110 wcpm.'],
		['with 95% accuracy', 'Sam will add fractions with 95% accuracy.'],
		['in 4 out of 5 trials', 'Sam will say /s/ in 4 out of 5 trials.'],
		['80% of opportunities', 'Sam will greet a peer 80% of opportunities.'],
		['on 3 of 4 consecutive probes', 'Sam will spell CVC words on 3 of 4 consecutive probes.'],
		['with no more than 2 prompts', 'Sam will start his work with no more than 2 prompts.'],
		['within 2 minutes', 'Sam will begin the task within 2 minutes.'],
		['at least twice per month', 'Sam will share an idea at least twice per month.'],
		['with 5 or fewer errors', 'Sam will copy the sentence with 5 or fewer errors.']
	])('finds the criterion "%s"', (criterion, text) => {
		expect(parseGoal(text).criterion).toBe(criterion);
	});

	it.each([
		['as measured by CBM probes', 'Sam will read 90 wcpm as measured by CBM probes.'],
		['per teacher-charted data', 'Sam will raise his hand in 4/5 trials per teacher-charted data.'],
		[
			'as documented by observation checklists',
			'Sam will wash hands in 4/5 trials as documented by observation checklists.'
		],
		[
			'as measured by work samples',
			'Sam will write a sentence in 4/5 trials as measured by work samples.'
		],
		[
			'on weekly reading assessments',
			'Sam will read CVC words with 90% accuracy on weekly reading assessments.'
		],
		[
			'Based on a 150 word language sample',
			'Based on a 150 word language sample, Sam will speak with no more than 10% stutters.'
		]
	])('finds the measurement "%s"', (measurement, text) => {
		expect(parseGoal(text).measurement).toBe(measurement);
	});

	it.each([
		[
			'progress will be reported quarterly',
			'Sam will read 90 wcpm; progress will be reported quarterly.'
		],
		[
			'each grading period',
			'Sam will read 90 wcpm as measured by CBM probes, each grading period.'
		],
		[
			'measured quarterly',
			'Sam will count to 20 with 100% accuracy on 4 out of 5 trials measured quarterly.'
		]
	])('finds the reporting "%s"', (reporting, text) => {
		expect(parseGoal(text).reporting).toBe(reporting);
	});

	it('keeps a frequency inside a measurement phrase in the measurement', () => {
		const parts = parseGoal('Sam will read 90 wcpm as measured weekly by CBM probes.');
		expect(parts.measurement).toBe('as measured weekly by CBM probes');
		expect(parts.reporting).toBeNull();
	});

	it('finds the subject in many forms', () => {
		expect(parseGoal('[Student] will read.').behavior).toBe('[Student] will read');
		expect(parseGoal('By (when) (who ) will divide numbers.').behavior).toBe(
			'(who ) will divide numbers'
		);
		expect(parseGoal('_____ will produce speech.').behavior).toBe('_____ will produce speech');
		expect(parseGoal('When upset, he will take a break.').behavior).toBe('he will take a break');
		expect(parseGoal('Given information, TSW recall the information.').behavior).toBe(
			'TSW recall the information'
		);
		expect(parseGoal('When given a task student will begin it.').condition).toBe(
			'When given a task'
		);
	});

	it('does not take "this will be measured" as the behavior', () => {
		const parts = parseGoal(
			'By January, Jack will read two stories; this will be measured using an informal assessment.'
		);
		expect(parts.behavior).toBe('Jack will read two stories');
		expect(parts.measurement).toBe('this will be measured using an informal assessment');
	});

	it('ignores markers inside brackets', () => {
		const parts = parseGoal(
			'Sam will count objects (verbally, written, or by pointing to a number) with 100% accuracy.'
		);
		expect(parts.behavior).toBe(
			'Sam will count objects (verbally, written, or by pointing to a number)'
		);
		expect(parts.timeframe).toBeNull();
	});

	it('copes with a goal without "will"', () => {
		const parts = parseGoal('Reads 100 wcpm by June 2026.');
		expect(parts.behavior).toBe('Reads');
		expect(parts.criterion).toBe('100 wcpm');
		expect(parts.timeframe).toBe('by June 2026');
	});

	it('reports missing parts as null', () => {
		expect(
			parseGoal('Tristan will increase his reading comprehension, fluency and decoding skills.')
		).toEqual({
			timeframe: null,
			condition: null,
			behavior: 'Tristan will increase his reading comprehension, fluency and decoding skills',
			criterion: null,
			measurement: null,
			reporting: null
		});
		expect(parseGoal('')).toEqual({
			timeframe: null,
			condition: null,
			behavior: null,
			criterion: null,
			measurement: null,
			reporting: null
		});
	});

	it('returns pieces of the text itself', () => {
		const text =
			'During conversational speech in the classroom, [student] will correctly produce /l/ blends with 75% accuracy in 4 out of 5 structured speaking opportunities as measured by SLP observation and teacher report.';
		const spans = parseGoalSpans(text);
		for (const part of PART_NAMES) {
			for (const piece of spans[part]) {
				expect(piece.start).toBeGreaterThanOrEqual(0);
				expect(piece.end).toBeLessThanOrEqual(text.length);
				expect(text.slice(piece.start, piece.end).trim()).toBe(text.slice(piece.start, piece.end));
			}
		}
	});

	it('rejects text longer than MAX_GOAL_LENGTH', () => {
		expect(() => parseGoal('a'.repeat(MAX_GOAL_LENGTH + 1))).toThrow(RangeError);
		expect(() => parseGoal('Sam will read. '.repeat(133))).not.toThrow();
	});
});

describe('splitSubject', () => {
	it('separates the subject and "will (be able to)" from the rest', () => {
		expect(splitSubject('Sam will read')).toEqual({ subject: 'Sam', rest: 'read' });
		expect(splitSubject('the student will be able to read aloud')).toEqual({
			subject: 'the student',
			rest: 'read aloud'
		});
		expect(splitSubject('TSW recall the story')).toEqual({ subject: '', rest: 'recall the story' });
	});
});

import { describe, expect, it } from 'vitest';
import { findTerms } from './terms';
import type { TermMatch } from './types';

function ids(matches: TermMatch[]): string[] {
	return matches.map((m) => m.id);
}

function expectValidOffsets(text: string, matches: TermMatch[]): void {
	let last = -1;
	for (const m of matches) {
		expect(text.slice(m.start, m.end)).toBe(m.term);
		expect(m.start).toBeGreaterThanOrEqual(last);
		expect(m.end).toBeGreaterThan(m.start);
		last = m.end;
	}
}

describe('findTerms', () => {
	it('matches inflected forms, case-insensitively', () => {
		for (const word of ['accommodation', 'Accommodations', 'ACCOMMODATIONS', 'accommodated']) {
			expect(ids(findTerms(`She has ${word} in class.`, 'en'))).toContain('accommodations');
		}
		for (const word of ['prompt', 'prompts', 'prompted', 'prompting']) {
			expect(ids(findTerms(`The aide ${word} her.`, 'en'))).toEqual(['prompt']);
		}
		expect(ids(findTerms('He decodes words and is decoding well.', 'en'))).toEqual([
			'decoding',
			'decoding'
		]);
		expect(ids(findTerms('three opportunities', 'en'))).toEqual(['opportunity']);
		expect(ids(findTerms('He worked independently.', 'en'))).toEqual(['independently']);
	});

	it('never fires inside other words', () => {
		expect(findTerms('She is not here; OTHER kids wrote notes.', 'en')).toEqual([]);
		expect(findTerms('What an idea! Identify the idea.', 'en')).toEqual([]);
		expect(findTerms('hotel, spotted, bottom', 'en')).toEqual([]);
		expect(ids(findTerms('She sees the OT on Monday.', 'en'))).toEqual(['ot']);
		expect(ids(findTerms('OT, PT and SLP', 'en'))).toEqual(['ot', 'pt', 'slp']);
	});

	it('matches short acronyms only in capitals (≤3 letters), so prose words do not', () => {
		expect(findTerms('it is at the pt and it ed id', 'en')).toEqual([]);
		expect(ids(findTerms('IT', 'en'))).toEqual([]);
		expect(ids(findTerms('AT, PT, ED, ID', 'en'))).toEqual([
			'assistive-technology',
			'pt',
			'ed',
			'id'
		]);
		expect(ids(findTerms('Two IEPs and an IEP', 'en'))).toEqual(['iep', 'iep']);
		expect(ids(findTerms('RtI and RTI', 'en'))).toEqual(['rti', 'rti']);
	});

	it('matches longer acronyms in any case, except those that are English words', () => {
		expect(ids(findTerms('Sam reads 110 wcpm.', 'en'))).toEqual(['wcpm']);
		expect(ids(findTerms('MTSS and mtss', 'en'))).toEqual(['mtss', 'mtss']);
		expect(ids(findTerms('Under IDEA, a good idea.', 'en'))).toEqual(['idea']);
		expect(ids(findTerms('he sped home', 'en'))).toEqual([]);
	});

	it('prefers the longest match when terms overlap', () => {
		const text = 'placement in the least restrictive environment';
		const found = findTerms(text, 'en');
		expect(found.map((m) => m.term)).toEqual(['placement', 'least restrictive environment']);
		expect(ids(findTerms('reading comprehension', 'en'))).toEqual(['reading-comprehension']);
		expect(ids(findTerms('a verbal cue', 'en'))).toEqual(['verbal-prompt']);
		expect(ids(findTerms('a criterion-referenced test', 'en'))).toEqual(['criterion-referenced']);
	});

	it('treats spaces and hyphens alike', () => {
		expect(ids(findTerms('a grade-level passage', 'en'))).toEqual(['grade-level']);
		expect(ids(findTerms('a grade level passage', 'en'))).toEqual(['grade-level']);
		expect(ids(findTerms('self regulation', 'en'))).toEqual(['self-regulation']);
		expect(ids(findTerms('fine-motor skills', 'en'))).toEqual(['fine-motor']);
	});

	it('returns sorted, non-overlapping matches with offsets into the text given', () => {
		const text =
			'Given a grade-level passage, Sam will read 110 wcpm with 95% accuracy on 3 of 4 CBM probes by 05/2027. ' +
			'His IEP lists accommodations, a BIP after an FBA, and OT.';
		const found = findTerms(text, 'en');
		expectValidOffsets(text, found);
		expect(ids(found)).toEqual([
			'grade-level',
			'wcpm',
			'accuracy',
			'cbm',
			'probe',
			'iep',
			'accommodations',
			'bip',
			'fba',
			'ot'
		]);
	});

	it('handles non-ASCII text and keeps UTF-16 offsets', () => {
		const text = '“José” — tiene adaptaciones y un plan 504 😀 con terapia ocupacional.';
		const found = findTerms(text, 'es');
		expectValidOffsets(text, found);
		expect(ids(found)).toEqual(['accommodations', 'section-504', 'ot']);
	});

	it('gives definitions in the language asked for, whatever the language of the text', () => {
		const [en] = findTerms('least restrictive environment', 'en');
		const [es] = findTerms('least restrictive environment', 'es');
		expect(en?.definition).toMatch(/children who do not have disabilities/);
		expect(es?.definition).toMatch(/niños sin discapacidades/);
		expect(ids(findTerms('ambiente menos restrictivo', 'en'))).toEqual(['lre']);
	});

	it('ignores Spanish accents', () => {
		expect(ids(findTerms('evaluacion educativa independiente', 'es'))).toEqual(['iee']);
		expect(ids(findTerms('modificaciones', 'es'))).toEqual(['modifications']);
	});

	it('returns nothing for empty text', () => {
		expect(findTerms('', 'en')).toEqual([]);
	});
});

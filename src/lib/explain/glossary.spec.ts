import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';
import { fleschKincaidGrade } from './readability';
import { findTerms, formKey } from './terms';

describe('GLOSSARY', () => {
	it('has at least 150 entries with unique ids', () => {
		expect(GLOSSARY.length).toBeGreaterThanOrEqual(150);
		expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
	});

	it('has English and Spanish terms and definitions for every entry', () => {
		for (const e of GLOSSARY) {
			expect(e.terms.en.length, e.id).toBeGreaterThan(0);
			expect(e.terms.es.length, e.id).toBeGreaterThan(0);
			expect(e.definition.en.trim().length, e.id).toBeGreaterThan(10);
			expect(e.definition.es.trim().length, e.id).toBeGreaterThan(10);
			expect(e.definition.es, e.id).not.toBe(e.definition.en);
		}
	});

	it('lists no surface form twice (case, accents, spaces and hyphens ignored; short acronyms exact)', () => {
		const seen = new Map<string, string>();
		const dupes: string[] = [];
		for (const e of GLOSSARY) {
			for (const form of [...e.terms.en, ...e.terms.es]) {
				const key = formKey(form);
				const other = seen.get(key);
				if (other) dupes.push(`${form} (${other} / ${e.id})`);
				seen.set(key, e.id);
			}
		}
		expect(dupes).toEqual([]);
	});

	it('finds every surface form as its own entry', () => {
		const wrong: string[] = [];
		for (const e of GLOSSARY) {
			for (const form of [...e.terms.en, ...e.terms.es]) {
				const found = findTerms(form, 'en');
				if (found.length !== 1 || found[0]?.id !== e.id || found[0]?.term !== form)
					wrong.push(`${e.id}: ${form}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('writes the English definitions at Flesch–Kincaid grade 7 or below', () => {
		const hard = GLOSSARY.map((e) => [e.id, fleschKincaidGrade(e.definition.en)] as const).filter(
			([, grade]) => grade > 7
		);
		expect(hard).toEqual([]);
	});

	it('covers the terms parents hear most', () => {
		const required = [
			'WCPM',
			'CBM',
			'FAPE',
			'LRE',
			'BIP',
			'FBA',
			'SLP',
			'OT',
			'PT',
			'IEP',
			'IEE',
			'ESY',
			'PLAAFP',
			'PLOP',
			'accommodations',
			'modifications',
			'prompts',
			'prompt levels',
			'verbal prompt',
			'gestural prompt',
			'physical prompt',
			'full prompt',
			'partial prompt',
			'trials',
			'baseline',
			'benchmark',
			'criterion',
			'probe',
			'fluency',
			'decoding',
			'phonemic awareness',
			'reading comprehension',
			'executive functioning',
			'self-regulation',
			'sensory processing',
			'assistive technology',
			'AAC',
			'related services',
			'transition plan',
			'manifestation determination',
			'procedural safeguards',
			'prior written notice',
			'due process',
			'504 plan',
			'MTSS',
			'RTI',
			'SST',
			'tier 1',
			'tier 2',
			'tier 3',
			'least restrictive environment',
			'inclusion',
			'resource room',
			'push-in',
			'pull-out',
			'paraprofessional',
			'case manager',
			'progress monitoring',
			'grade-level',
			'norm-referenced',
			'standardized score',
			'percentile',
			'age equivalent',
			'dyslexia',
			'dyscalculia',
			'dysgraphia',
			'ADHD',
			'ASD',
			'SLD',
			'OHI',
			'ED',
			'EBD',
			'ID',
			'speech or language impairment',
			'articulation',
			'expressive language',
			'receptive language',
			'pragmatics',
			'fine motor',
			'gross motor',
			'visual-motor',
			'task analysis',
			'replacement behavior',
			'positive reinforcement',
			'token economy',
			'social story',
			'functional communication',
			'independently',
			'with fidelity',
			'generalization',
			'maintenance',
			'mastery'
		];
		const missing = required.filter((term) => {
			const found = findTerms(term, 'en');
			const covered = found.reduce((n, m) => n + (m.end - m.start), 0);
			// "with fidelity" is found as "fidelity"; everything else must be one whole match.
			return term === 'with fidelity'
				? found.length !== 1
				: found.length !== 1 || covered !== term.length;
		});
		expect(missing).toEqual([]);
	});

	it('explains accommodations and modifications as HOW versus WHAT', () => {
		const acc = GLOSSARY.find((e) => e.id === 'accommodations');
		const mod = GLOSSARY.find((e) => e.id === 'modifications');
		expect(acc?.definition.en).toMatch(/HOW/);
		expect(acc?.definition.en).toMatch(/same things/);
		expect(mod?.definition.en).toMatch(/WHAT/);
		expect(mod?.definition.es).toMatch(/QUÉ/);
		expect(acc?.definition.es).toMatch(/CÓMO/);
	});
});

import { GLOSSARY } from './glossary';
import type { GlossaryEntry, Lang, TermMatch } from './types';

/**
 * Finds glossary terms in a text.
 *
 * Matching rules:
 * - Both languages' surface forms are searched, whatever `lang` is (a Spanish-speaking parent reads an
 *   English goal); `lang` picks the language of the definitions returned.
 * - A match never starts or ends inside a word: the characters just before and after must not be letters
 *   or digits. So "OT" is not found in "not" or "OTHER", nor "ID" in "idea".
 * - Acronyms are forms with no spaces and at least two capital letters ("IEP", "RtI", "O&M"). Acronyms of
 *   three letters or fewer match case-sensitively, so the lower-case words "it", "pt", "at", "ed", "id" in
 *   ordinary prose never match; a plural "s" is allowed ("IEPs"). Longer acronyms match in any case
 *   ("wcpm" finds WCPM), except those whose lower-case form is an English word (IDEA, PECS, PLOP, SPED),
 *   which stay case-sensitive.
 * - Other forms match in any case, treat spaces and hyphens alike ("grade level" = "grade-level"), ignore
 *   Spanish accents, and accept inflections of each word of four letters or more: English -s, -es, -ed,
 *   -ing, -ly (with -y → -ies/-ied and a silent -e dropped: "accommodations", "prompted", "decoding"),
 *   Spanish -s/-es. Three-letter words take a plural -s only.
 * - When matches overlap, the longest wins ("least restrictive environment" over "environment"), then the
 *   earliest. Results are sorted by position and never overlap. Offsets are UTF-16 indices into the text.
 */

const EXACT_CASE = new Set(['IDEA', 'PECS', 'PLOP', 'SPED', 'SpEd']);

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ACCENTS: Record<string, string> = {
	a: '[aáà]',
	á: '[aáà]',
	e: '[eéè]',
	é: '[eéè]',
	i: '[iíì]',
	í: '[iíì]',
	o: '[oóò]',
	ó: '[oóò]',
	u: '[uúüù]',
	ú: '[uúüù]',
	ü: '[uúüù]'
};

function accentFree(escaped: string): string {
	return escaped.replace(/[aáeéiíoóuúü]/gi, (ch) => ACCENTS[ch.toLowerCase()] ?? ch);
}

export function isAcronym(form: string): boolean {
	return !/\s/.test(form) && /^[A-Z0-9]/.test(form) && (form.match(/[A-Z]/g) ?? []).length >= 2;
}

function acronymLetters(form: string): number {
	return form.replace(/[^A-Za-z]/g, '').length;
}

/** Is this acronym matched case-sensitively? */
export function isCaseSensitive(form: string): boolean {
	return isAcronym(form) && (acronymLetters(form) <= 3 || EXACT_CASE.has(form));
}

function inflectEn(word: string): string {
	const lower = word.toLowerCase();
	if (!/^\p{L}+$/u.test(word) || lower.length < 3) return accentFree(escapeRegExp(word));
	if (lower.length === 3) return `${accentFree(escapeRegExp(word))}s?`;
	if (/[^aeiou]y$/.test(lower)) return `${escapeRegExp(word.slice(0, -1))}(?:y|ies|ied|ying)`;
	if (lower.endsWith('e')) return `${escapeRegExp(word.slice(0, -1))}(?:e|es|ed|ing|ely)`;
	return `${escapeRegExp(word)}(?:s|es|ed|ing|ly)?`;
}

function inflectEs(word: string): string {
	if (!/^\p{L}+$/u.test(word) || word.length < 3) return accentFree(escapeRegExp(word));
	return `${accentFree(escapeRegExp(word))}(?:s|es)?`;
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const SEPARATOR = '[\\s\\u2010-\\u2015-]+';

function formPattern(form: string, lang: Lang): { body: string; caseSensitive: boolean } {
	if (isAcronym(form))
		return { body: `${escapeRegExp(form)}s?`, caseSensitive: isCaseSensitive(form) };
	const inflect = lang === 'en' ? inflectEn : inflectEs;
	const words = form.split(/[\s\u2010-\u2015-]+/).filter(Boolean);
	return {
		body: words.map((w) => (isAcronym(w) ? escapeRegExp(w) : inflect(w))).join(SEPARATOR),
		caseSensitive: false
	};
}

/**
 * All forms compiled into two alternations (case-sensitive and not), one capture group per form, longer
 * forms first so that at any position the longest form is tried first. Two large regexes compile far
 * faster than one small regex per form (V8 compiles each regex on first use).
 */
interface Matcher {
	re: RegExp;
	entries: GlossaryEntry[];
}

let matchers: Matcher[] | null = null;

function getMatchers(): Matcher[] {
	if (matchers) return matchers;
	const groups: Record<'cs' | 'ci', { body: string; entry: GlossaryEntry; length: number }[]> = {
		cs: [],
		ci: []
	};
	for (const entry of GLOSSARY) {
		for (const lang of ['en', 'es'] as const) {
			for (const form of entry.terms[lang]) {
				const { body, caseSensitive } = formPattern(form, lang);
				groups[caseSensitive ? 'cs' : 'ci'].push({ body, entry, length: form.length });
			}
		}
	}
	matchers = (['cs', 'ci'] as const).map((kind) => {
		const list = groups[kind].sort((a, b) => b.length - a.length);
		const source = `${BEFORE}(?:${list.map((g) => `(${g.body})`).join('|')})${AFTER}`;
		return {
			re: new RegExp(source, kind === 'cs' ? 'gu' : 'giu'),
			entries: list.map((g) => g.entry)
		};
	});
	return matchers;
}

/** The key under which a surface form must be unique in the glossary. */
export function formKey(form: string): string {
	if (isCaseSensitive(form)) return `cs:${form}`;
	return form
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\s\u2010-\u2015-]+/g, ' ')
		.trim();
}

/** Glossary terms found in `text`, with definitions in `lang`; sorted, non-overlapping. */
export function findTerms(text: string, lang: Lang): TermMatch[] {
	if (!text) return [];
	const found: { start: number; end: number; entry: GlossaryEntry }[] = [];
	for (const { re, entries } of getMatchers()) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const index = m.findIndex((g, i) => i > 0 && g !== undefined);
			const entry = entries[index - 1];
			if (entry && m[0].length > 0)
				found.push({ start: m.index, end: m.index + m[0].length, entry });
			// Look again from the next character: a longer term may start inside this one.
			re.lastIndex = m.index + 1;
		}
	}
	found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const chosen: typeof found = [];
	for (const f of found) {
		if (chosen.some((c) => f.start < c.end && c.start < f.end)) continue;
		chosen.push(f);
	}
	chosen.sort((a, b) => a.start - b.start);
	return chosen.map(({ start, end, entry }) => ({
		term: text.slice(start, end),
		definition: entry.definition[lang],
		start,
		end,
		id: entry.id
	}));
}

/** The glossary entry with this id. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
	return GLOSSARY.find((e) => e.id === id);
}

/**
 * Flesch–Kincaid grade level for English text, with a rule-based syllable counter.
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Counting rules (they decide the result as much as the formula does, so they are written down):
 * - A word is a run of letters or digits, with inner apostrophes or hyphens ("grade-level", "don't").
 *   A hyphenated word is one word; its syllables are the sum of its parts.
 * - A numeral ("110", "4/5" gives two numerals) is a word of one syllable: the reader sees a number,
 *   not "one hundred ten". textstat (via pyphen) treats numerals the same way.
 * - An all-capital acronym of 2–5 letters ("IEP", "CBM") and a vowel-less token ("wcpm") is read letter
 *   by letter: one syllable a letter, three for W.
 * - Sentences end at . ! ? followed by a space or the end; common abbreviations (e.g., i.e., etc.)
 *   do not end a sentence. Text with no end mark is one sentence.
 * The syllable counter is a heuristic (vowel groups, silent e, common suffixes, vowel pairs that are
 * usually two syllables, and a short list of exceptions). On English text it lands within about one
 * grade of published values computed with dictionary syllables; see readability.spec.ts.
 */

const EXCEPTIONS: Record<string, number> = {
	people: 2,
	every: 2,
	everyone: 3,
	everything: 3,
	business: 2,
	idea: 3,
	ideas: 3,
	area: 3,
	areas: 3,
	create: 2,
	created: 3,
	creates: 2,
	creating: 3,
	real: 2,
	really: 3,
	react: 2,
	reaction: 3,
	poem: 2,
	poet: 2,
	hundred: 2,
	hundreds: 2,
	children: 2,
	different: 3,
	science: 2,
	being: 2,
	towards: 2,
	toward: 2,
	somewhere: 2,
	someone: 2,
	something: 2,
	sometimes: 2,
	maybe: 2,
	into: 2,
	onto: 2,
	are: 1,
	were: 1,
	there: 1,
	where: 1,
	here: 1,
	one: 1,
	once: 1,
	done: 1,
	gone: 1,
	none: 1,
	give: 1,
	live: 1,
	have: 1,
	does: 1,
	goes: 1,
	shoe: 1,
	shoes: 1,
	toe: 1,
	toes: 1,
	cooperate: 4,
	cooperation: 5,
	coordinate: 4,
	coordinated: 5,
	coordination: 5,
	reinforcement: 4,
	reinforce: 3,
	preschool: 2,
	naive: 2,
	eye: 1,
	eyes: 1,
	whole: 1,
	else: 1,
	minute: 2,
	minutes: 2,
	several: 3,
	average: 3,
	evening: 2,
	interest: 3,
	interesting: 4,
	family: 3,
	chocolate: 3,
	vegetable: 4,
	favorite: 3,
	usually: 4,
	actually: 4,
	museum: 3,
	fluid: 2,
	genuine: 3,
	quiet: 2,
	diet: 2,
	client: 2,
	lion: 2,
	via: 2,
	safeguard: 2,
	safeguards: 2
};

/** Syllables spoken for each letter when an acronym is read letter by letter. */
function letterSyllables(token: string): number {
	let n = 0;
	for (const ch of token.toLowerCase()) if (/[a-z]/.test(ch)) n += ch === 'w' ? 3 : 1;
	return Math.max(1, n);
}

function coreCount(w: string): number {
	// A y before a vowel, or at the start, acts as a consonant ("yes", "player", "beyond").
	const s = w.replace(/^y/, '#').replace(/y(?=[aeiou])/g, '#');
	const groups = s.match(/[aeiouy]+/g);
	let count = groups ? groups.length : 0;
	if (count === 0) return 1;
	// Silent final e: "make", "probe" (but not the syllabic "-le" of "table", "little").
	if (count > 1 && /[^aeiouy]e$/.test(s) && !/[^aeiouy#]le$/.test(s)) count--;
	// "-que" is one syllable: "unique", "technique".
	if (count > 1 && /que$/.test(s)) count--;
	// Vowel pairs that are usually two syllables.
	count += (s.match(/(?<![cgt])ia|[ct]ia(?![ln])/g) ?? []).length; // media, trial, initiate (not special)
	count += (s.match(/(?<![cgstx])io(?!r)/g) ?? []).length; // radio, period (not nation, vision, behavior)
	count += (s.match(/(?<![gq])ua/g) ?? []).length; // actual, individual (not language)
	count += (s.match(/uo/g) ?? []).length; // duo
	count += (s.match(/(?<![gq])ue(?=n[ct])/g) ?? []).length; // fluent, fluency (not sequence)
	count += (s.match(/eo(?!p|us)/g) ?? []).length; // video, theory (not people, gorgeous)
	count += (s.match(/iu/g) ?? []).length; // medium
	count += (s.match(/(?<![tc])ie(?=n[tc]|t)/g) ?? []).length; // client, audience (not patient)
	return Math.max(1, count);
}

function countWord(w: string): number {
	if (w.length === 0) return 0;
	const known = EXCEPTIONS[w];
	if (known !== undefined) return known;
	if (w.length <= 3) return coreCount(w);
	const hasVowel = (x: string) => /[aeiouy]/.test(x);
	// Suffixes with a fixed number of syllables.
	for (const [suffix, n] of [
		['ment', 1],
		['ness', 1],
		['less', 1],
		['ful', 1],
		['ly', 1]
	] as const) {
		if (w.endsWith(suffix) && w.length > suffix.length + 1) {
			const base = w.slice(0, -suffix.length);
			if (hasVowel(base)) return countWord(base) + n;
		}
	}
	if (w.endsWith('ing') && w.length > 4) {
		const base = w.slice(0, -3);
		if (!hasVowel(base)) return 1;
		return countWord(base) + 1;
	}
	if (w.endsWith('es') && w.length > 3) {
		if (/(?:ch|sh|ss|x|zz|z)es$/.test(w)) return countWord(w.slice(0, -2)) + 1;
		if (/[aeiouy][cgsz]es$/.test(w) || /[rn][cgs]es$/.test(w)) return countWord(w.slice(0, -1)) + 1;
		return countWord(w.slice(0, -1));
	}
	if (w.endsWith('s') && !/(?:ss|us|is|ys|as|os)$/.test(w) && w.length > 3) {
		return countWord(w.slice(0, -1));
	}
	if (w.endsWith('ed') && w.length > 3) {
		if (/[td]ed$/.test(w)) return coreCount(w);
		return countWord(w.slice(0, -1));
	}
	return coreCount(w);
}

/** Syllables in one English word (see the rules at the top of this file). */
export function countSyllables(word: string): number {
	const token = word.trim();
	if (!token) return 0;
	if (/^\d[\d.,]*$/.test(token)) return 1;
	if (/^[A-Z]{2,5}s?$/.test(token)) return letterSyllables(token.replace(/s$/, ''));
	const w = token
		.toLowerCase()
		.replace(/[’']s$/, '')
		.replace(/[’']/g, '');
	if (w.includes('-')) {
		return w
			.split('-')
			.filter(Boolean)
			.reduce((sum, part) => sum + countSyllables(part), 0);
	}
	const letters = w.replace(/[^a-z]/g, '');
	if (!letters) return /\d/.test(w) ? 1 : 0;
	if (!/[aeiouy]/.test(letters) && letters.length <= 5) return letterSyllables(letters);
	return countWord(letters);
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|approx|Dr|Mr|Mrs|Ms|St|No)\./gi;

export interface TextStats {
	words: number;
	sentences: number;
	syllables: number;
}

/** Counts words, sentences and syllables the way fleschKincaidGrade uses them. */
export function textStats(text: string): TextStats {
	const cleaned = text.replace(ABBREVIATIONS, (m) => m.replace(/\./g, ''));
	const words = cleaned.match(WORD) ?? [];
	if (words.length === 0) return { words: 0, sentences: 0, syllables: 0 };
	let sentences = 0;
	for (const chunk of cleaned.split(/[.!?]+(?=[\s"'”’)\]]|$)/)) {
		if (/[\p{L}\p{N}]/u.test(chunk)) sentences++;
	}
	const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
	return { words: words.length, sentences: Math.max(1, sentences), syllables };
}

/** Flesch–Kincaid grade level of English text; 0 for text with no words. */
export function fleschKincaidGrade(text: string): number {
	const { words, sentences, syllables } = textStats(text);
	if (words === 0) return 0;
	return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

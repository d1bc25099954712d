/**
 * Plain-language goal explainer: parses an IEP goal into its parts, rewrites it in plain English or
 * Spanish, finds and defines the jargon in it, and scores readability. Pure TypeScript, no I/O: usable in
 * the browser and on the server. See README.md beside this file.
 */
import { MAX_GOAL_LENGTH, parseGoal, PART_NAMES } from './parse';
import { renderPlain } from './plain';
import { fleschKincaidGrade } from './readability';
import { findTerms } from './terms';
import type { Explanation, Lang, PartName } from './types';

export type { Explanation, GlossaryEntry, GoalParts, Lang, PartName, TermMatch } from './types';
export { GLOSSARY } from './glossary';
export { MAX_GOAL_LENGTH, parseGoal, parseGoalSpans, PIECE_JOINER } from './parse';
export { findTerms } from './terms';
export { countSyllables, fleschKincaidGrade } from './readability';
export { formatDates } from './plain';

/** Parts whose absence is reported in `missing` (reporting is optional, see Explanation.missing). */
export const REQUIRED_PARTS: PartName[] = PART_NAMES.filter((p) => p !== 'reporting');

function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

export function explainGoal(text: string, opts: { lang: Lang; name?: string }): Explanation {
	if (text.length > MAX_GOAL_LENGTH) {
		throw new RangeError(`A goal may be at most ${MAX_GOAL_LENGTH} characters long.`);
	}
	const goal = text.trim();
	const parts = parseGoal(goal);
	const plain = renderPlain(parts, opts);
	const missing = REQUIRED_PARTS.filter((p) => parts[p] === null);
	return {
		parts,
		missing,
		plain,
		terms: findTerms(text, opts.lang),
		readability: {
			original: { fkGrade: round1(fleschKincaidGrade(goal)) },
			plain: { fkGrade: round1(fleschKincaidGrade(plain)) }
		},
		measurable: parts.criterion !== null && parts.timeframe !== null
	};
}

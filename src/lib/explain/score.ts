import { PIECE_JOINER } from './parse';

/**
 * The metric used to score the parser against hand-labelled goals.
 *
 * A part is correct when:
 * - both the found and the expected value are null; or
 * - both are strings and, after normalising (lower case, runs of white space made one space, trailing
 *   punctuation and spaces removed), they are equal; or
 * - both are strings and their character ranges in the goal overlap by at least 80% of the longer of the
 *   two. A value may be several pieces joined by PIECE_JOINER (" … "); each piece is located in the goal
 *   in order, and the ranges are the union of its pieces. Taking the longer side means a found part must
 *   cover at least 80% of the expected text (recall) and be at least 80% expected text (precision).
 * A found and an expected value where only one is null is wrong.
 */

export const OVERLAP_THRESHOLD = 0.8;

export function normalise(s: string): string {
	return s
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[\s.,;:!?]+$/, '')
		.trim();
}

/** Character positions covered by the pieces of `value` in `text`, or null if a piece is not found. */
export function coveredPositions(text: string, value: string): Set<number> | null {
	const positions = new Set<number>();
	let from = 0;
	for (const piece of value.split(PIECE_JOINER)) {
		const at = text.indexOf(piece, from);
		if (at < 0) return null;
		for (let i = at; i < at + piece.length; i++) positions.add(i);
		from = at + piece.length;
	}
	return positions;
}

export function partCorrect(text: string, found: string | null, expected: string | null): boolean {
	if (found === null || expected === null) return found === expected;
	if (normalise(found) === normalise(expected)) return true;
	const a = coveredPositions(text, found);
	const b = coveredPositions(text, expected);
	if (!a || !b || a.size === 0 || b.size === 0) return false;
	let shared = 0;
	for (const p of a) if (b.has(p)) shared++;
	return shared >= OVERLAP_THRESHOLD * Math.max(a.size, b.size);
}

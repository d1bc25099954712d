export type Lang = 'en' | 'es';

/** The parts of a measurable IEP goal. Each is a piece of the goal's own text, or null when absent. */
export interface GoalParts {
	/** By when: "by May 2027", "within 36 instructional weeks", "by the end of the IEP period". */
	timeframe: string | null;
	/** Given what, where, with what help: "Given a grade-level passage", "during unstructured time". */
	condition: string | null;
	/** What the child will do, with the subject: "Sam will read". */
	behavior: string | null;
	/** How well / how much / how often: "110 wcpm with 95% accuracy on 3 of 4 probes". */
	criterion: string | null;
	/** How it is measured: "as measured by CBM probes", "on weekly reading assessments". */
	measurement: string | null;
	/** How often progress is checked or reported: "measured quarterly", "progress will be reported each grading period". */
	reporting: string | null;
}

export type PartName = keyof GoalParts;

export interface TermMatch {
	/** The text as it appears in the input. */
	term: string;
	definition: string;
	/** UTF-16 offsets into the text given: text.slice(start, end) === term. */
	start: number;
	end: number;
	/** The glossary entry's id. */
	id: string;
}

export interface Explanation {
	parts: GoalParts;
	/**
	 * Which of timeframe, condition, behavior, criterion and measurement are absent. Reporting is never
	 * listed: federal law puts the progress-report schedule in the IEP, usually once for all goals, not in
	 * each goal's sentence, so its absence from a goal is normal.
	 */
	missing: PartName[];
	plain: string;
	/** Jargon found in the ORIGINAL text, with definitions in the requested language. */
	terms: TermMatch[];
	readability: { original: { fkGrade: number }; plain: { fkGrade: number } };
	/** False when the criterion or the timeframe is missing: staff must be told. */
	measurable: boolean;
}

export interface GlossaryEntry {
	id: string;
	/** Surface forms, including the acronym and its expansion. Inflections are matched automatically. */
	terms: { en: string[]; es: string[] };
	/** A plain-words definition (about grade 7 or below). */
	definition: { en: string; es: string };
	/** A short everyday phrase used when rewriting a goal, where the expansion is itself jargon. */
	plain?: { en: string; es: string };
}

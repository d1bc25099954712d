import type { GoalParts, PartName } from './types';

/**
 * Rule-based parser that splits an IEP goal into its parts.
 *
 * 1. Anchor: the first "will" (or "TSW", "the student will") that is not "this will be measured" or the like.
 *    The subject just before it ("Sam", "the student", "[Student]", "(who )", "_____", "he") starts the
 *    behavior.
 * 2. Prefix (text before the subject): split at commas that are outside brackets and followed by a phrase
 *    starter ("given", "when", "during", "by", "within", "with", …). A piece that reads as a date or period
 *    is the timeframe; "based on…"/"according to…" is measurement; anything else is condition.
 * 3. Rest (after "will"): phrase markers are found with patterns (criterion: %, N of M, rates, error and
 *    prompt limits, durations…; measurement: "as measured by", "on weekly assessments"…; timeframe; condition:
 *    "when given", "during", "with visual supports", "in … settings"; reporting: "measured quarterly",
 *    "progress will be reported…"). Each marker opens a segment that runs to the next marker; text before the
 *    first marker is the behavior. Markers inside brackets or inside another marker's own words are ignored.
 * 4. Segments of the same part are merged; parts that come in several separate pieces are joined with
 *    PIECE_JOINER. Pieces are trimmed of spaces, edge punctuation and dangling "and"/"or".
 * A frequency inside a measurement phrase ("as measured weekly by…") stays in the measurement; "reporting"
 * is only a separate statement of how often progress is checked or reported.
 */

export const PIECE_JOINER = ' … ';

/** Callers reject goals longer than this; parseGoal and explainGoal throw a RangeError for them. */
export const MAX_GOAL_LENGTH = 2000;

export interface Piece {
	start: number;
	end: number;
}

export type PartSpans = Record<PartName, Piece[]>;

const NUM_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred';
/** A number, a word number, or a blank to fill in (XX, ___). */
export const N = `(?:\\d+(?:\\.\\d+)?|X{2,}|x{2,}|_{2,}|${NUM_WORDS})`;
/** A small count, for "N of M" (not dates such as 05/2027). */
const NS = `(?:\\d{1,3}|X{1,3}|_{2,}|${NUM_WORDS})`;
const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const PERIOD_WORD =
	'(?:year|period|cycle|semester|term|quarter|trimester|review|IEP|grading\\s+period|marking\\s+period)';
const ORDINAL = '(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|next|current|final|last)';

const TIMEFRAME_SOURCES = [
	// by / before a date or period
	`\\b(?:by|before|no\\s+later\\s+than|on\\s+or\\s+before|until)\\s+(?:` +
		[
			`(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w-]+\\s+){0,3}?${PERIOD_WORD}\\b(?:\\s+(?:year|period|cycle|date))?`,
			`(?:the\\s+)?(?:next\\s+)?(?:annual|yearly)\\s+(?:IEP\\s+)?(?:review|IEP|meeting)(?:\\s+(?:date|meeting))?`,
			`(?:the\\s+)?(?:next\\s+)?IEP\\s+(?:review|meeting|date)`,
			`${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?(?![\\w])`,
			`\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}`,
			`\\d{1,2}\\/\\d{4}`,
			`\\d{4}-\\d{2}-\\d{2}`,
			`\\[[^\\]\\n]{1,40}\\]`,
			`\\([^)\\n]{0,40}\\)`,
			`xx+\\s+date`,
			`(?:the\\s+)?(?:target\\s+|goal\\s+|annual\\s+)?date\\b`,
			`graduation`
		].join('|') +
		`)`,
	`\\bwithin\\s+(?:the\\s+)?(?:${ORDINAL}\\s+)?(?:${N}\\s+)?(?:(?:instructional|school|calendar|academic)\\s+)?(?:weeks?|months?|years?|days?|grading\\s+periods?|marking\\s+periods?|quarters?|semesters?|trimesters?|IEP\\s+(?:year|period|cycle))\\b`,
	`\\b(?:in|over)\\s+(?:the\\s+)?(?:next\\s+)?${N}\\s+(?:(?:instructional|school|calendar|academic)\\s+)?(?:weeks?|months?|years?)\\b`,
	`\\bduring\\s+(?:(?:his|her|their|the|this|next)\\s+)?(?:freshman|sophomore|junior|senior|${ORDINAL}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:(?:school|academic)\\s+)?(?:year|semester|grade|quarter|trimester)\\b`,
	`\\bat\\s+the\\s+end\\s+of\\s+(?:the\\s+|this\\s+)?(?:[\\w-]+\\s+){0,3}?(?:year|period|cycle|semester|term|quarter|trimester)\\b`,
	`\\bthroughout\\s+the\\s+(?:school\\s+|IEP\\s+)?(?:year|semester|term|period)\\b`,
	`\\bduring\\s+the\\s+(?:school|academic|IEP)\\s+year\\b`
];

const CRITERION_SOURCES = [
	// percentages, with what introduces them: "with 80% accuracy", "at an 80% accuracy level", "for 75% of intervals"
	`(?:\\b(?:with|at|in|on|achieving|achieve|for|to\\s+reach|reaching|scoring|earning)\\s+)?(?:\\b(?:an?|the)\\s+)?(?:\\baverage\\s+(?:of\\s+)?)?(?:\\b(?:at\\s+least|a\\s+minimum\\s+of|approximately|about)\\s+)?(?:(?:[\\w-]+\\s+)?level\\s+of\\s+)?${N}\\s*(?:%|percent\\b|per\\s*cent\\b)`,
	// N of M, N out of M, N/M
	`(?:\\b(?:in|on|for|across|over|during|with|scoring|earning|achieving)\\s+)?(?:\\b(?:at\\s+least|a\\s+minimum\\s+of)\\s+)?(?<![\\d/\\w])${NS}\\s*(?:(?:out\\s+)?of|\\/)\\s*(?:every\\s+)?${NS}(?![\\d/])(?!(?<=[\\dA-Za-z])[A-Za-z0-9])`,
	// consecutive
	`(?:\\b(?:in|on|for|across|over|during|at)\\s+)?\\b${N}\\s+consecutive\\b`,
	`\\bconsecutive\\s+(?:days|weeks|sessions|trials|probes|data)\\b`,
	`\\bin\\s+a\\s+row\\b`,
	// rates
	`\\bat\\s+a\\s+rate\\s+of\\b`,
	`(?<![\\d/])${N}(?:\\s*-\\s*${N})?\\s*(?:correct\\s+)?(?:words?|digits?|letters?|sounds?)\\s+(?:correct(?:ly)?\\s+)?(?:read\\s+)?(?:per|a|each|\\/)\\s*min(?:ute)?\\b`,
	`(?<![\\d/])${N}(?:\\s*-\\s*${N})?\\s*(?:wcpm|cwpm|wpm|wcm|cdpm|cls)\\b`,
	// rubric scores: "with a score of 3 of 4", "scoring at least a 3 of 4"
	`(?:\\bwith\\s+)?\\b(?:an?\\s+)?(?:average\\s+|rubric\\s+)?score\\s+of\\s+(?=${N})`,
	`\\bscoring\\s+(?:at\\s+least\\s+)?(?:an?\\s+)?(?=${N})`,
	// limits on errors and prompts
	`(?:\\bwith\\s+)?\\b(?:no|not)\\s+more\\s+than\\b`,
	`(?:\\bwith\\s+)?\\b(?:fewer|less)\\s+than\\s+${N}`,
	`(?:\\bwith\\s+)?\\ba\\s+maximum\\s+of\\b`,
	`(?:\\bwith\\s+)?\\b${N}\\s+or\\s+(?:fewer|less)\\b`,
	`(?:\\bwith\\s+)?\\b(?:${N}|a\\s+single|single)\\s+(?:[\\w-]+\\s+)?(?:prompts?|cues?|reminders?|redirections?|hints?)\\b`,
	`\\bwithout\\s+(?:any\\s+)?(?:adult\\s+|verbal\\s+|teacher\\s+)?(?:prompts?|prompting|cues?|reminders?|assistance|help)\\b`,
	// durations and latencies
	`\\b(?:for|within|in\\s+under|in\\s+less\\s+than|under)\\s+(?:a\\s+minimum\\s+of\\s+|at\\s+least\\s+|up\\s+to\\s+|a\\s+period\\s+of\\s+)?${N}(?:\\s*-\\s*${N})?\\s*-?\\s*(?:seconds?|secs?|minutes?|mins?|hours?)\\b`,
	`\\bduring\\s+(?:a|an|each|one|the)\\s+${N}[\\s-]*(?:seconds?|minutes?|hours?)\\b`,
	// counts per time
	`(?:\\b(?:at\\s+least|a\\s+minimum\\s+of)\\s+)?\\b(?:${N}\\s+times|once|twice)\\b`,
	// distance tolerance
	`\\bwithin\\s+(?:\\d+(?:\\.\\d+)?|[½¼¾]|\\d+\\s*\\/\\s*\\d+|one|a\\s+half)\\s*-?\\s*(?:inch(?:es)?|in\\.|cm|centimeters?|mm|feet|foot|ft)\\b`,
	// baseline to target: "from 0/10 … to 8/10", "from a baseline of …"
	`\\bfrom\\s+(?:a\\s+baseline\\s+of\\b|${NS}\\s*(?:\\/|(?:out\\s+)?of)\\s*${NS}\\b)`,
	// a bare frequency closing a phrase: "80% of the time daily,", "graduation plan yearly as measured…"
	`\\b(?:daily|weekly|monthly|yearly|annually|each\\s+day|every\\s+day)\\b(?=\\s*(?:[,.;]|$|as\\b|measured\\b|across\\b|for\\b|during\\b))`
];

const MEASUREMENT_SOURCES = [
	`\\bas\\s+(?:measured|documented|evidenced|determined|recorded|monitored|assessed|evaluated|charted|tracked|observed|demonstrated|shown|indicated|verified|scored|collected|noted|reported)\\b`,
	// bare "measured by", "measured quarterly by", "evaluated by" (only frequency words may stand between)
	`\\b(?:measured|documented|evaluated|monitored|assessed|charted|recorded|tracked)\\s+(?:(?:quarterly|monthly|weekly|bi-?weekly|daily|yearly|annually|each|every|on|a|the|regular|regularly|basis|semester|term|quarter|week|month|day|year|of|school)\\s+){0,6}?(?:by|through|using|via|with|per|on)\\b`,
	`\\b(?:this|which|it|data|performance)\\s+will\\s+be\\s+(?:measured|monitored|assessed|documented|collected|tracked|evaluated|charted|recorded)\\b`,
	`\\b(?:based\\s+(?:up)?on|according\\s+to|per)\\s+(?:(?:the|a|an|his|her|their)\\s+)?(?:[\\w/-]+\\s+){0,4}?(?:data|probes?|assessments?|observations?|records?|logs?|checklists?|rubrics?|samples?|reports?|tests?|scores?|charts?|CBMs?|inventory|inventories)\\b`,
	`\\b(?:on|across)\\s+(?!\\d+\\s)(?!X{2})(?!_{2})(?:(?:a|an|the|his|her|their)\\s+)?(?:[A-Za-z0-9][\\w/-]*\\s+){0,3}?(?:assessments?|probes?|probe\\s+lists?|checklists?|tests|quizzes|rubrics?|inventories|CBMs?|screeners?|benchmarks?)\\b`,
	`\\busing\\s+(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:data\\s+(?:sheets?|collection)|rubrics?|checklists?|tally\\s+sheets?|frequency\\s+counts?)\\b`,
	`\\bvia\\s+`
];

const FREQ = `(?:quarterly|monthly|weekly|bi-?weekly|daily|annually|yearly|semi-?annually|each\\s+(?:grading|marking|reporting)\\s+period|each\\s+[\\w-]+|every\\s+[\\w-]+(?:\\s+weeks|\\s+days)?|once\\s+a\\s+\\w+|twice\\s+a\\s+\\w+|on\\s+a\\s+[\\w-]+\\s+basis)`;
const REPORTING_SOURCES = [
	`\\bprogress\\s+(?:toward\\s+(?:this|the)\\s+goal\\s+)?(?:will\\s+be|is|shall\\s+be)\\s+(?:reported|shared|sent|communicated|reviewed|provided)\\b`,
	`\\b(?:as\\s+)?(?:measured|monitored|reported|reviewed|checked|assessed|evaluated|probed|charted|collected)\\s+${FREQ}(?:\\s*(?:\\/|and|or)\\s*${FREQ})?\\b(?!\\s+(?:by|through|using|via|with|in|on|of)\\b)`,
	`\\b(?:with|on|at|in|during)?\\s*(?:each|every)\\s+(?:grading|marking|reporting)\\s+period\\b`,
	`\\b(?:quarterly|semester|trimester|monthly)\\s+progress\\s+reports?\\b`,
	`\\b(?:with|along\\s+with|concurrent\\s+with)\\s+(?:the\\s+)?(?:regular\\s+)?report\\s+cards?\\b`
];

const CONDITION_SOURCES = [
	`\\b(?:when|while|if|after|once)\\s+(?:(?:he|she|they|the\\s+student|the\\s+child)\\s+(?:is|are)\\s+)?(?:verbally\\s+|orally\\s+)?(?:given|presented|provided|asked|prompted|shown|offered|faced|engaged|working|participating|transitioning|told|directed|cued|reminded|instructed)\\b`,
	`\\bgiven\\s+(?=[\\w(“"'\\[])`,
	`\\bduring\\s+(?!(?:a|an|each|one|the)\\s+${N}[\\s-]*(?:seconds?|minutes?|hours?))`,
	`\\bwith\\s+(?:the\\s+)?(?:use|help|aid|support)\\s+of\\b`,
	`\\bwith\\s+(?:(?:a|an|the)\\s+)?(?:(?:minimum|minimal|moderate|maximal|maximum|decreasing|fading|faded|light|some|visual|verbal|gestural|physical|picture|written|tactile|auditory|adult|teacher|peer|staff|hand-over-hand|hand-under-hand|rest|and|or|\\/)\\s*){0,6}(?:supports?|prompts?|prompting|cues?|cueing|assistance|models?|modeling|guidance|scaffolds?|breaks?|encouragement|graphic\\s+organizers?|organizers?|calculators?|word\\s+banks?|templates?|timers?|schedules?|manipulatives|number\\s+lines?|sentence\\s+(?:starters?|frames?))\\b`,
	`\\b(?:in|across|within)\\s+(?:(?:the|a|an|all|various|multiple|different|both|his|her|their|two|three|\\d+)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:settings?|environments?|contexts?)\\b`,
	`\\b(?:upon|following)\\s+(?:completion|instruction|a\\s+lesson|direct\\s+instruction|modeling|review)\\b`,
	`\\bwith\\s+or\\s+without\\s+(?:[\\w-]+\\s+)?(?:modifications|accommodations|supports?|assistance|help|equipment|prompts?|cues?)\\b`
];

/** Phrase openers that may start a new prefix piece after a comma. */
const PREFIX_STARTER = new RegExp(
	`^(?:given|when|whenever|while|during|with|after|following|upon|in|within|by|before|using|if|at|throughout|based|according|as|once|over)\\b`,
	'i'
);
const PREFIX_TIMEFRAME = new RegExp(`^(?:${TIMEFRAME_SOURCES.join('|')})`, 'i');
const PREFIX_MEASUREMENT =
	/^(?:based\s+(?:up)?on|according\s+to|as\s+measured\s+by|as\s+documented\s+by)\b/i;

type Kind = PartName | 'behaviorMore';

interface MarkerDef {
	re: RegExp;
	kind: Kind;
}

const MARKERS: MarkerDef[] = [
	...REPORTING_SOURCES.map((s) => ({ re: new RegExp(s, 'giu'), kind: 'reporting' as const })),
	...MEASUREMENT_SOURCES.map((s) => ({ re: new RegExp(s, 'giu'), kind: 'measurement' as const })),
	...TIMEFRAME_SOURCES.map((s) => ({ re: new RegExp(s, 'giu'), kind: 'timeframe' as const })),
	...CRITERION_SOURCES.map((s) => ({ re: new RegExp(s, 'giu'), kind: 'criterion' as const })),
	...CONDITION_SOURCES.map((s) => ({ re: new RegExp(s, 'giu'), kind: 'condition' as const })),
	// ", by using a planner…": the behavior goes on after an interruption
	{ re: /(?<=,\s*)by\s+\w+ing\b/giu, kind: 'behaviorMore' },
	// "as demonstrated by keeping hands to self…" describes the behavior, it is not a measurement
	{ re: /\bas\s+(?:demonstrated|evidenced|shown)\s+by\s+\w+ing\b/giu, kind: 'behaviorMore' }
];

const SUBJECT = new RegExp(
	'(?<![\\p{L}\\p{N}])(?:' +
		[
			"(?:(?:[Tt]he|[Aa]|[Tt]his|[Ee]ach|[Yy]our|[Oo]ur)\\s+)?(?:[Ss]tudent|[Cc]hild|[Ll]earner|[Pp]upil|[Kk]id)(?:['’]s\\s+name)?",
			'\\[[^\\]\\n]{1,40}\\]',
			'\\([^)\\n]{1,40}\\)',
			'_{2,}',
			"[A-Z][\\p{L}'’-]*(?:\\s+[A-Z][\\p{L}'’-]*)?",
			'he|she|they'
		].join('|') +
		')\\s*$',
	'u'
);

/** Words before "will" that mean the "will" is not the child's (e.g. "this will be measured"). */
const NOT_SUBJECT = /(?:^|\s)(?:this|which|progress|it|that|data|performance|reports?)\s*$/i;

function bracketDepthAt(text: string, index: number): number {
	let depth = 0;
	for (let i = 0; i < index; i++) {
		const ch = text[i];
		if (ch === '(' || ch === '[') depth++;
		else if ((ch === ')' || ch === ']') && depth > 0) depth--;
	}
	return depth;
}

interface Anchor {
	subjectStart: number;
	/** Index just after "will" (or "TSW"). */
	willEnd: number;
}

function findAnchor(text: string): Anchor | null {
	const re = /\b(?:will|shall)\b|\bTSW\b/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m[0] === 'TSW') return { subjectStart: m.index, willEnd: m.index + 3 };
		const before = text.slice(0, m.index);
		if (NOT_SUBJECT.test(before)) continue;
		if (bracketDepthAt(text, m.index) > 0) continue;
		const trimmed = before.replace(/\s+$/, '');
		const subj = SUBJECT.exec(trimmed);
		let subjectStart = m.index;
		if (subj) {
			subjectStart = subj.index;
			// "Given a Grade 2 Passage Sam" would take "Passage Sam": keep only the last word then.
			const words = subj[0].trim().split(/\s+/);
			if (
				words.length === 2 &&
				/^[A-Z]/.test(words[0] ?? '') &&
				PREFIX_STARTER.test(words[0] ?? '')
			) {
				subjectStart = trimmed.lastIndexOf(words[1] ?? '');
			}
		}
		return { subjectStart, willEnd: m.index + m[0].length };
	}
	return null;
}

interface Segment {
	start: number;
	end: number;
	kind: Kind;
}

/** Splits the text before the subject into timeframe / condition / measurement pieces. */
function parsePrefix(text: string, end: number): Segment[] {
	const segments: Segment[] = [];
	let pos = 0;
	// Skip a leading label such as "Goal:" or "Annual goal 2 -".
	const label = /^\s*(?:(?:measurable\s+)?annual\s+)?goal\s*\d*\s*[:.-]\s*/i.exec(text);
	if (label && label[0].length <= end) pos = label[0].length;
	while (pos < end) {
		while (pos < end && /[\s,;]/.test(text[pos] ?? '')) pos++;
		if (pos >= end) break;
		const rest = text.slice(pos, end);
		const tf = PREFIX_TIMEFRAME.exec(rest);
		if (tf && tf[0].length > 0) {
			segments.push({ start: pos, end: pos + tf[0].length, kind: 'timeframe' });
			pos += tf[0].length;
			continue;
		}
		// Run to the next comma (outside brackets and quotes) that is followed by a phrase starter.
		let depth = 0;
		let stop = end;
		for (let i = pos; i < end; i++) {
			const ch = text[i];
			if (ch === '(' || ch === '[' || ch === '“') depth++;
			else if ((ch === ')' || ch === ']' || ch === '”') && depth > 0) depth--;
			else if (ch === ',' && depth === 0) {
				const after = text.slice(i + 1, end).replace(/^\s+/, '');
				if (after && (PREFIX_STARTER.test(after) || PREFIX_TIMEFRAME.test(after))) {
					stop = i;
					break;
				}
			}
		}
		const kind: Kind = PREFIX_MEASUREMENT.test(rest) ? 'measurement' : 'condition';
		segments.push({ start: pos, end: stop, kind });
		pos = stop + 1;
	}
	return segments;
}

interface Marker {
	start: number;
	end: number;
	kind: Kind;
}

function findMarkers(text: string, from: number): Marker[] {
	const found: Marker[] = [];
	for (const { re, kind } of MARKERS) {
		re.lastIndex = from;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			found.push({ start: m.index, end: m.index + m[0].length, kind });
		}
	}
	// Earliest first; at the same place the longest; the order of MARKERS breaks ties.
	found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const kept: Marker[] = [];
	let coveredTo = -1;
	for (const mk of found) {
		if (mk.start < coveredTo) continue;
		if (bracketDepthAt(text, mk.start) > 0) continue;
		kept.push(mk);
		coveredTo = mk.end;
	}
	return kept;
}

const EDGE_WORDS = /^(?:and|or|then|but)$/i;

/** Trims spaces, edge punctuation and dangling connectors from [start, end). */
function trimPiece(text: string, start: number, end: number): Piece | null {
	let s = start;
	let e = end;
	for (let changed = true; changed && s < e;) {
		changed = false;
		while (s < e && /[\s,;:]/.test(text[s] ?? '')) {
			s++;
			changed = true;
		}
		while (e > s && /[\s,;:.]/.test(text[e - 1] ?? '')) {
			// keep the dot of "etc." / "e.g." inside a piece
			if (text[e - 1] === '.' && /(?:etc|e\.g|i\.e)$/i.test(text.slice(s, e - 1))) break;
			e--;
			changed = true;
		}
		const lead = /^(\S+)\s+/.exec(text.slice(s, e));
		if (lead && EDGE_WORDS.test(lead[1] ?? '') && s + lead[0].length < e) {
			s += lead[0].length;
			changed = true;
		}
		const tail = /\s+(\S+)$/.exec(text.slice(s, e));
		if (tail && EDGE_WORDS.test(tail[1] ?? '')) {
			e -= tail[0].length;
			changed = true;
		}
	}
	// A lone closing bracket or quote at the end whose opener is outside the piece.
	while (e > s && /[)\]”]/.test(text[e - 1] ?? '')) {
		const inner = text.slice(s, e);
		const opens = (inner.match(/[([“]/g) ?? []).length;
		const closes = (inner.match(/[)\]”]/g) ?? []).length;
		if (closes > opens) e--;
		else break;
	}
	return e > s ? { start: s, end: e } : null;
}

/** The parts of a goal as character ranges (pieces) into the text. */
export function parseGoalSpans(text: string): PartSpans {
	const spans: PartSpans = {
		timeframe: [],
		condition: [],
		behavior: [],
		criterion: [],
		measurement: [],
		reporting: []
	};
	const anchor = findAnchor(text);
	const segments: Segment[] = [];
	let restFrom: number;
	let behaviorStart: number;
	if (anchor) {
		segments.push(...parsePrefix(text, anchor.subjectStart));
		behaviorStart = anchor.subjectStart;
		restFrom = anchor.willEnd;
	} else {
		// No "will": leading phrases that start with a known opener are prefix, the rest is the behavior.
		const pre = parsePrefix(text, text.length).filter(
			(s) => s.kind === 'timeframe' || PREFIX_STARTER.test(text.slice(s.start))
		);
		let firstOther = 0;
		for (const s of pre) {
			if (s.start > firstOther + 2) break;
			segments.push(s);
			firstOther = s.end + 1;
		}
		behaviorStart = Math.min(firstOther, text.length);
		restFrom = behaviorStart;
	}
	const markers = findMarkers(text, restFrom);
	const firstMarker = markers[0]?.start ?? text.length;
	segments.push({ start: behaviorStart, end: firstMarker, kind: 'behavior' });
	markers.forEach((mk, i) => {
		const next = markers[i + 1]?.start ?? text.length;
		segments.push({ start: mk.start, end: next, kind: mk.kind });
	});
	segments.sort((a, b) => a.start - b.start);
	for (const seg of segments) {
		const part: PartName = seg.kind === 'behaviorMore' ? 'behavior' : seg.kind;
		const piece = trimPiece(text, seg.start, seg.end);
		if (!piece) continue;
		const list = spans[part];
		const last = list[list.length - 1];
		// Merge with the previous piece of the same part when only spaces or punctuation lie between.
		if (last && /^[\s,;:]*$/.test(text.slice(last.end, piece.start))) last.end = piece.end;
		else list.push(piece);
	}
	return spans;
}

export const PART_NAMES: PartName[] = [
	'timeframe',
	'condition',
	'behavior',
	'criterion',
	'measurement',
	'reporting'
];

/** Joins a part's pieces into one string, or null. */
export function joinPieces(text: string, pieces: Piece[]): string | null {
	if (pieces.length === 0) return null;
	return pieces.map((p) => text.slice(p.start, p.end)).join(PIECE_JOINER);
}

/** The subject and "will" at the start of a behavior piece, for rewriting it. */
export function splitSubject(behavior: string): { subject: string; rest: string } {
	const tsw = /^TSW\s+/.exec(behavior);
	if (tsw) return { subject: '', rest: behavior.slice(tsw[0].length) };
	const m = /^(.*?)\b(?:will|shall)\s+(?:be\s+able\s+to\s+)?/s.exec(behavior);
	if (!m) return { subject: '', rest: behavior };
	return { subject: (m[1] ?? '').trim(), rest: behavior.slice(m[0].length) };
}

export function parseGoal(text: string): GoalParts {
	if (text.length > MAX_GOAL_LENGTH) {
		throw new RangeError(`A goal may be at most ${MAX_GOAL_LENGTH} characters long.`);
	}
	const spans = parseGoalSpans(text);
	return {
		timeframe: joinPieces(text, spans.timeframe),
		condition: joinPieces(text, spans.condition),
		behavior: joinPieces(text, spans.behavior),
		criterion: joinPieces(text, spans.criterion),
		measurement: joinPieces(text, spans.measurement),
		reporting: joinPieces(text, spans.reporting)
	};
}

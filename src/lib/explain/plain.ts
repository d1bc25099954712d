import { N, PIECE_JOINER, splitSubject } from './parse';
import { findTerms, glossaryEntry, isAcronym } from './terms';
import type { GoalParts, Lang } from './types';

/**
 * Template-based plain-language rendering of a parsed goal.
 *
 * English: short sentences; the child's name (or "your child") as the subject of every sentence; numbers in
 * the criterion explained ("95% accuracy" → "get 95 out of 100 right", "4 out of 5 trials" → "4 out of 5
 * tries", "110 wcpm" → "110 words correct per minute (words read correctly in one minute)"); dates written
 * out ("05/2027" → "May 2027"); acronyms expanded the first time they appear; a few hard words swapped for
 * common ones. Criterion text that no rule understands is quoted, not dropped.
 *
 * Spanish: the same template in Spanish. Only the parts that follow known patterns are translated
 * (numbers, dates, common timeframes, report schedules); the behavior, condition and measurement stay in
 * the original English, quoted after a lead-in that says so ("La meta dice (en inglés): …"). Nothing is
 * machine-translated by guessing.
 */

const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const MONTHS_ES = [
	'enero',
	'febrero',
	'marzo',
	'abril',
	'mayo',
	'junio',
	'julio',
	'agosto',
	'septiembre',
	'octubre',
	'noviembre',
	'diciembre'
];

const WORD_NUMBERS: Record<string, string> = {
	one: '1',
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
	ten: '10',
	eleven: '11',
	twelve: '12',
	fifteen: '15',
	twenty: '20',
	thirty: '30',
	forty: '40',
	fifty: '50',
	hundred: '100'
};

interface Ctx {
	lang: Lang;
	who: string;
	Who: string;
	blanks: boolean;
}

function cap(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A number as digits; blanks (XX, ___) as "__" (and noted). */
function num(raw: string | undefined, ctx: Ctx): string {
	const s = (raw ?? '').trim();
	if (/^(?:x{2,}|_{2,})$/i.test(s)) {
		ctx.blanks = true;
		return '__';
	}
	return WORD_NUMBERS[s.toLowerCase()] ?? s;
}

function monthName(index: number, lang: Lang): string {
	return (lang === 'en' ? MONTHS_EN : MONTHS_ES)[index] ?? String(index + 1);
}

function fullYear(y: string): string {
	return y.length === 2 ? `20${y}` : y;
}

/** Writes numeric dates out: "05/2027" → "May 2027", "10/2/24" → "October 2, 2024". */
export function formatDates(text: string, lang: Lang): string {
	const day = (m: number, d: string, y: string) =>
		lang === 'en'
			? `${monthName(m - 1, 'en')} ${Number(d)}, ${fullYear(y)}`
			: `${Number(d)} de ${monthName(m - 1, 'es')} de ${fullYear(y)}`;
	return text
		.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (all, y: string, m: string, d: string) =>
			Number(m) >= 1 && Number(m) <= 12 ? day(Number(m), d, y) : all
		)
		.replace(
			/(?<![\d/])(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/(\d{4}|\d{2})(?![\d/])/g,
			(_all, m: string, d: string, y: string) => day(Number(m), d, y)
		)
		.replace(/(?<![\d/])(0?[1-9]|1[0-2])\/(\d{4})(?![\d/])/g, (_all, m: string, y: string) =>
			lang === 'en'
				? `${monthName(Number(m) - 1, 'en')} ${y}`
				: `${monthName(Number(m) - 1, 'es')} de ${y}`
		);
}

// ---------------------------------------------------------------- English wording

const SIMPLER_WORDS: [RegExp, string][] = [
	// An acronym in brackets right after its own words says the same thing twice: keep the words.
	[/\s*\((?:[A-Z][A-Za-z]?){1,4}[A-Z]s?\)/g, ''],
	[
		/\b(?:curriculum[- ]based measurements?|CBMs?)\s+(?:probes?|assessments?|tests?|checks?)\b/gi,
		'short tests'
	],
	[/\bcurriculum[- ]based measurements?\b/gi, 'short tests'],
	[/\bCBMs?\b/g, 'short tests'],
	[/\bWCPM\b/gi, 'words read correctly in a minute'],
	[/\bprobes\b/gi, 'short tests'],
	[/\bprobe\b/gi, 'short test'],
	[/\binitiate(s|d)?\b/gi, 'start$1'],
	[/\binitiating\b/gi, 'starting'],
	[/\butiliz(e|es|ed|ing)\b/gi, 'us$1'],
	[/\bdemonstrates\b/gi, 'shows'],
	[/\bdemonstrated\b/gi, 'showed'],
	[/\bdemonstrating\b/gi, 'showing'],
	[/\bdemonstrate\b/gi, 'show'],
	[/\baccurately\b/gi, 'correctly'],
	[/\bappropriately\b/gi, 'the right way'],
	[/\bappropriate\b/gi, 'right'],
	[/\bpeers\b/gi, 'classmates'],
	[/\bpeer\b/gi, 'classmate'],
	[/\b(?:verbally|orally)\s+state\b/gi, 'say'],
	[
		/\b(?:verbally|orally)\s+(\w+ing|describe|respond|answer|identify|name|express|label|retell|request|ask|explain|count|read)\b/gi,
		'$1 out loud'
	],
	[/\bverbally\b/gi, 'out loud'],
	[/\borally\b/gi, 'out loud'],
	[/\bcomprehension\b/gi, 'understanding'],
	[/\bapproximately\b/gi, 'about'],
	[/\ba minimum of\b/gi, 'at least'],
	[/\bsufficient\b/gi, 'enough'],
	[/\bparticipate\b/gi, 'take part'],
	[/\badditional\b/gi, 'more'],
	[/\bassistance\b/gi, 'help'],
	[/\bmulti-?syllabic\b/gi, 'long'],
	[/\bin isolation\b/gi, 'on their own'],
	[/\bspontaneous\b/gi, 'everyday'],
	[/\bcompute\b/gi, 'work out'],
	[/\bdetermine\b/gi, 'figure out'],
	[/\bprior to\b/gi, 'before'],
	[/\bobtain\b/gi, 'get'],
	[/\blocate\b/gi, 'find'],
	[/\bminimal prompting\b/gi, 'a little help'],
	[/\bprompting\b/gi, 'hints'],
	[/\bprompts\b/gi, 'hints'],
	[/\bverbal cues\b/gi, 'spoken hints'],
	[/\bcues\b/gi, 'hints'],
	[/\binstructional weeks\b/gi, 'school weeks'],
	[/\bprobes\b/gi, 'short tests'],
	[/\bprobe\b/gi, 'short test']
];

function simplify(text: string): string {
	let out = text;
	for (const [re, to] of SIMPLER_WORDS) {
		out = out.replace(re, (m: string, ...groups: unknown[]) => {
			const g1 = typeof groups[0] === 'string' ? groups[0] : '';
			const rep = to.replace('$1', g1);
			return /^[A-Z]/.test(m) ? cap(rep) : rep;
		});
	}
	return out;
}

/** Expands acronyms the first time they appear in the explanation. */
class Expander {
	private seen = new Set<string>();
	constructor(private lang: Lang) {}

	/** English: "OT" → "OT (occupational therapy)" once. */
	expand(text: string): string {
		const terms = findTerms(text, this.lang).filter((t) => isAcronym(t.term.replace(/s$/, '')));
		let out = '';
		let at = 0;
		for (const t of terms) {
			const entry = glossaryEntry(t.id);
			if (!entry || this.seen.has(t.id)) continue;
			this.seen.add(t.id);
			out += text.slice(at, t.end) + ` (${this.phrase(t.id)})`;
			at = t.end;
		}
		return out + text.slice(at);
	}

	/** Spanish: a list of "CBM: pruebas cortas con tiempo" for acronyms in quoted English text. */
	notes(text: string): string[] {
		const out: string[] = [];
		for (const t of findTerms(text, this.lang)) {
			if (!isAcronym(t.term.replace(/s$/, '')) || this.seen.has(t.id)) continue;
			this.seen.add(t.id);
			out.push(`${t.term} = ${this.phrase(t.id)}`);
		}
		return out;
	}

	private phrase(id: string): string {
		const entry = glossaryEntry(id);
		if (!entry) return '';
		if (entry.plain) return entry.plain[this.lang];
		const forms = entry.terms[this.lang].filter((f) => !isAcronym(f));
		const fallback = entry.terms.en.find((f) => !isAcronym(f)) ?? entry.terms.en[0] ?? id;
		return (forms[0] ?? fallback).toLowerCase();
	}
}

/** Puts the child's name (or "your child") in place of blanks and generic subjects in goal text. */
function withName(text: string, who: string): string {
	return text
		.replace(/_{3,}/g, who)
		.replace(/\[[^\]]*\b(?:student|name|child)\b[^\]]*\]/gi, who)
		.replace(/\((?:student|name|child|who)\s*\)/gi, who)
		.replace(/\bSTUDENT\b/g, who)
		.replace(/\bthe\s+(?:student|child)\b(?!['’])/gi, who);
}

function pieces(part: string | null): string[] {
	return part ? part.split(PIECE_JOINER) : [];
}

function stripEnd(s: string): string {
	return s.replace(/[\s.,;:]+$/, '');
}

// ---------------------------------------------------------------- criterion

interface Clause {
	re: RegExp;
	en: (g: Record<string, string | undefined>, ctx: Ctx) => string;
	es: (g: Record<string, string | undefined>, ctx: Ctx) => string;
}

const NS = `(?:\\d{1,3}|X{1,3}|_{2,}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
const LEAST = `(?<least>(?:at\\s+least|a\\s+minimum\\s+of)\\s+)?`;

const UNIT_EN: Record<string, string> = {
	trial: 'tries',
	trials: 'tries',
	try: 'tries',
	tries: 'tries',
	attempt: 'tries',
	attempts: 'tries',
	opportunity: 'chances',
	opportunities: 'chances',
	chances: 'chances',
	probe: 'short tests',
	probes: 'short tests',
	assessment: 'tests',
	assessments: 'tests',
	test: 'tests',
	tests: 'tests',
	session: 'sessions',
	sessions: 'sessions',
	day: 'days',
	days: 'days',
	week: 'weeks',
	weeks: 'weeks',
	times: 'times',
	task: 'tasks',
	tasks: 'tasks',
	sample: 'samples',
	samples: 'samples',
	period: 'periods',
	periods: 'periods',
	conversations: 'conversations',
	activities: 'activities',
	occasions: 'times'
};
const UNIT_ES: Record<string, [string, 'm' | 'f']> = {
	tries: ['intentos', 'm'],
	chances: ['oportunidades', 'f'],
	'short tests': ['pruebas cortas', 'f'],
	tests: ['pruebas', 'f'],
	sessions: ['sesiones', 'f'],
	days: ['días', 'm'],
	weeks: ['semanas', 'f'],
	times: ['veces', 'f'],
	tasks: ['tareas', 'f'],
	samples: ['muestras de trabajo', 'f'],
	periods: ['períodos', 'm'],
	conversations: ['conversaciones', 'f'],
	activities: ['actividades', 'f']
};
const TEST_UNITS = new Set(['short tests', 'tests']);

function unitEn(unit: string | undefined): string {
	if (!unit) return 'times';
	const words = unit.trim().toLowerCase().split(/\s+/);
	const last = words[words.length - 1] ?? '';
	return UNIT_EN[last] ?? unit.trim();
}

function unitEs(unit: string | undefined): [string, 'm' | 'f'] {
	return UNIT_ES[unitEn(unit)] ?? [`(“${(unit ?? '').trim()}”)`, 'f'];
}

const PERIOD_ES: Record<string, string> = {
	day: 'día',
	week: 'semana',
	month: 'mes',
	session: 'sesión',
	class: 'clase',
	year: 'año',
	hour: 'hora',
	minute: 'minuto'
};

function timeUnitEs(unit: string | undefined, n: string): string {
	const u = (unit ?? '').toLowerCase();
	const one = n === '1';
	if (u.startsWith('sec')) return one ? 'segundo' : 'segundos';
	if (u.startsWith('min')) return one ? 'minuto' : 'minutos';
	if (u.startsWith('hour')) return one ? 'hora' : 'horas';
	return u;
}

function perEs(per: string | undefined): string {
	if (!per) return '';
	const p = per.trim().toLowerCase();
	const m = /^(\d+)-(minute|second|hour)\s+(\w+)$/.exec(p);
	if (m) return `${PERIOD_ES[m[3] ?? ''] ?? m[3]} de ${m[1]} ${timeUnitEs(m[2], m[1] ?? '')}`;
	return PERIOD_ES[p] ?? `“${per.trim()}”`;
}

const HELP_EN: Record<string, string> = {
	prompt: 'hints',
	prompts: 'hints',
	prompting: 'hints',
	cue: 'hints',
	cues: 'hints',
	hint: 'hints',
	hints: 'hints',
	reminder: 'reminders',
	reminders: 'reminders',
	redirection: 'reminders to get back on task',
	redirections: 'reminders to get back on task',
	encouragement: 'encouragement',
	assistance: 'help',
	help: 'help'
};
const HELP_ES: Record<string, string> = {
	hints: 'pistas',
	reminders: 'recordatorios',
	'reminders to get back on task': 'recordatorios para volver a la tarea',
	encouragement: 'ánimo',
	help: 'ayuda'
};
const ADJ_EN: Record<string, string> = {
	verbal: 'spoken',
	visual: 'picture',
	gestural: 'pointing',
	physical: 'hands-on',
	adult: '',
	teacher: ''
};
const ADJ_ES: Record<string, string> = {
	verbal: 'con palabras',
	visual: 'visuales',
	gestural: 'con gestos',
	physical: 'físicas'
};

function helpWords(adj: string | undefined, kind: string | undefined, lang: Lang): string {
	const k = HELP_EN[(kind ?? '').toLowerCase()] ?? 'hints';
	const adjs = (adj ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
	const fromAdult = adjs.some((a) => a === 'adult' || a === 'teacher');
	if (lang === 'en') {
		const a = adjs
			.map((x) => ADJ_EN[x] ?? x)
			.filter(Boolean)
			.join(' ');
		return `${a ? `${a} ` : ''}${k}${fromAdult ? ' from an adult' : ''}`;
	}
	const a = adjs
		.map((x) => ADJ_ES[x] ?? '')
		.filter(Boolean)
		.join(' ');
	return `${HELP_ES[k] ?? 'pistas'}${a ? ` ${a}` : ''}${fromAdult ? ' de un adulto' : ''}`;
}

const PERCENT_NOUN_EN: Record<string, string> = {
	time: 'times',
	'the time': 'times',
	opportunities: 'chances',
	intervals: 'short time checks',
	trials: 'tries',
	day: 'parts of the day',
	'the day': 'parts of the day'
};
const PERCENT_NOUN_ES: Record<string, string> = {
	times: 'veces',
	chances: 'oportunidades',
	'short time checks': 'intervalos de tiempo',
	tries: 'intentos',
	'parts of the day': 'momentos del día'
};

const CLAUSES: Clause[] = [
	{
		// "from 0/10 work samples … to 8/10 work samples"
		re: new RegExp(
			`\\bfrom\\s+(?:a\\s+baseline\\s+of\\s+)?(?<a>${NS})\\s*(?:\\/|(?:out\\s+)?of)\\s*(?<b>${NS})\\b.*?\\bto\\s+(?<c>${NS})\\s*(?:\\/|(?:out\\s+)?of)\\s*(?<d>${NS})\\b(?:\\s+[\\w-]+(?:\\s+samples?)?)?(?:\\s+(?:in|out\\s+of)\\s+${NS}\\s+consecutive\\s+\\w+)?`,
			'gi'
		),
		en: (g, c) =>
			`Right now ${c.who} does it ${num(g.a, c)} out of ${num(g.b, c)} times. The goal is ${num(g.c, c)} out of ${num(g.d, c)}.`,
		es: (g, c) =>
			`Ahora ${c.who} lo logra ${num(g.a, c)} de ${num(g.b, c)} veces. La meta es ${num(g.c, c)} de ${num(g.d, c)}.`
	},
	{
		re: new RegExp(
			`(?:\\bat\\s+a\\s+rate\\s+of\\s+)?(?<n>${N}(?:\\s*-\\s*${N})?)\\s*(?:wcpm|cwpm|wcm|correct\\s+words\\s+per\\s+minute|words\\s+correct(?:ly)?\\s+(?:read\\s+)?per\\s+minute|words\\s+read\\s+correctly\\s+per\\s+minute)\\b`,
			'gi'
		),
		en: (g, c) =>
			`The target is ${num(g.n, c)} words correct per minute (words read correctly in one minute).`,
		es: (g, c) =>
			`La meta es ${num(g.n, c)} palabras correctas por minuto (palabras leídas bien en un minuto).`
	},
	{
		re: new RegExp(
			`(?:\\bat\\s+a\\s+rate\\s+of\\s+)?(?<n>${N}(?:\\s*-\\s*${N})?)\\s*(?:wpm|words\\s+per\\s+minute)\\b`,
			'gi'
		),
		en: (g, c) => `The target is ${num(g.n, c)} words in one minute.`,
		es: (g, c) => `La meta es ${num(g.n, c)} palabras en un minuto.`
	},
	{
		re: new RegExp(
			`(?:\\b(?:to\\s+reach|reaching|at|with)\\s+)?(?:an?\\s+)?(?:independence\\s+level\\s+of\\s+(?<n>${N})\\s*(?:%|percent)|level\\s+of\\s+(?<m>${N})\\s*(?:%|percent)\\s*independence)`,
			'gi'
		),
		en: (g, c) => `${c.Who} needs to do it without help ${num(g.n ?? g.m, c)} out of 100 times.`,
		es: (g, c) => `${c.Who} lo hace sin ayuda ${num(g.n ?? g.m, c)} de cada 100 veces.`
	},
	{
		re: new RegExp(
			`(?:\\b(?:with|at|achieving|in|on|scoring)\\s+)?(?:\\ban?\\s+)?(?<avg>\\baverage\\s+(?:of\\s+)?)?${LEAST}(?<n>${N})\\s*(?:%|percent)\\s*(?:accuracy|accurate|correct)(?:\\s+level)?\\b|\\baccuracy\\s+(?:level\\s+)?of\\s+(?<m>${N})\\s*(?:%|percent)`,
			'gi'
		),
		en: (g, c) =>
			`${c.Who} needs to get ${g.least ? 'at least ' : ''}${num(g.n ?? g.m, c)} out of 100 right${g.avg ? ', on average' : ''}.`,
		es: (g, c) =>
			`Para cumplir la meta, ${c.who} acierta ${g.least ? 'al menos ' : ''}${num(g.n ?? g.m, c)} de cada 100${g.avg ? ', en promedio' : ''}.`
	},
	{
		re: new RegExp(
			`(?:\\bwith\\s+)?(?:no\\s+more\\s+than|not\\s+more\\s+than|less\\s+than|fewer\\s+than)\\s+(?<n>${N})\\s*(?:%|percent)\\s*(?<what>[^,.;]*)`,
			'gi'
		),
		en: (g, c) =>
			`${c.Who} can have no more than ${num(g.n, c)} ${stripEnd(g.what ?? '') || 'misses'} out of every 100.`,
		es: (g, c) =>
			`${c.Who} puede tener como máximo ${num(g.n, c)} de cada 100 (“${stripEnd(g.what ?? '')}”).`
	},
	{
		re: new RegExp(
			`(?:\\b(?:for|in|on|at|during)\\s+)?${LEAST}(?<n>${N})\\s*(?:%|percent)\\s+of\\s+(?<noun>(?:the\\s+)?[\\w-]+(?:\\s+(?!as\\b|with\\b|in\\b|on\\b|during\\b|daily\\b|weekly\\b|across\\b)[\\w-]+)?)`,
			'gi'
		),
		en: (g, c) => {
			const noun = (g.noun ?? '').trim().toLowerCase();
			const plain = PERCENT_NOUN_EN[noun];
			const least = g.least ? 'at least ' : '';
			return plain
				? `${c.Who} needs to do it ${least}${num(g.n, c)} out of every 100 ${plain}.`
				: `${c.Who} needs to get ${least}${num(g.n, c)} out of every 100 ${noun.replace(/^the\s+/, '')} right.`;
		},
		es: (g, c) => {
			const noun = (g.noun ?? '').trim().toLowerCase();
			const plain = PERCENT_NOUN_ES[PERCENT_NOUN_EN[noun] ?? ''];
			const least = g.least ? 'al menos ' : '';
			return plain
				? `${c.Who} lo logra ${least}${num(g.n, c)} de cada 100 ${plain}.`
				: `${c.Who} acierta ${least}${num(g.n, c)} de cada 100 (“${noun}”).`;
		}
	},
	{
		re: new RegExp(
			`(?:\\b(?:in|on|for|across|over|during|with|scoring|earning|achieving)\\s+)?${LEAST}(?<![\\d/\\w])(?<n>${NS})\\s*(?:(?:out\\s+)?of|\\/)\\s*(?:every\\s+)?(?<m>${NS})(?![\\d/])(?!(?<=[\\dA-Za-z])[A-Za-z0-9])(?:\\s*(?<consec>consecutive))?(?:\\s*(?<unit>(?:[\\w-]+\\s+){0,3}(?:trials?|opportunities|opportunity|probes?|sessions?|days?|weeks?|tries|attempts?|times|assessments?|tests?|tasks?|samples?|periods?|occasions?|conversations?|activities|chances)\\b))?(?:\\s+(?<consec2>consecutive\\s+\\w+|in\\s+a\\s+row))?`,
			'gi'
		),
		en: (g, c) => {
			const raw = (g.unit ?? '').trim();
			const unit = unitEn(g.unit) + (/\b[A-Z]{2,}\b/.test(raw) ? ` (${raw})` : '');
			const row = g.consec || g.consec2 ? ' in a row' : '';
			const least = g.least ? 'at least ' : '';
			if (unit === 'times')
				return `This has to happen ${least}${num(g.n, c)} out of ${num(g.m, c)} times${row}.`;
			return TEST_UNITS.has(unitEn(g.unit))
				? `This has to happen on ${least}${num(g.n, c)} of ${num(g.m, c)} ${unit}${row}.`
				: `This has to happen in ${least}${num(g.n, c)} out of ${num(g.m, c)} ${unit}${row}.`;
		},
		es: (g, c) => {
			const [unit, gender] = unitEs(g.unit);
			const row = g.consec || g.consec2 ? (gender === 'm' ? ' seguidos' : ' seguidas') : '';
			return `Debe lograrlo en ${g.least ? 'al menos ' : ''}${num(g.n, c)} de ${num(g.m, c)} ${unit}${row}.`;
		}
	},
	{
		re: new RegExp(
			`(?:\\b(?:for|across|over|in|on|during)\\s+)?(?<n>${N})\\s+consecutive\\s+(?<unit>(?:[\\w-]+\\s+){0,4}(?:trials?|probes?|sessions?|days?|weeks?|periods?|tries|attempts?|assessments?|tests?|opportunities|months?))\\b`,
			'gi'
		),
		en: (g, c) => {
			const raw = (g.unit ?? '').replace(/\bdata\s+collection\s+/i, '').trim();
			const long = /^(\d+)[\s-]*(week|day|month)s?\s+(\w+)$/i.exec(raw);
			if (long)
				return `${c.Who} has to do this for ${num(g.n, c)} ${long[3]} of ${long[1]} ${long[2]}s in a row.`;
			return `${c.Who} has to do this ${num(g.n, c)} ${unitEn(raw)} in a row.`;
		},
		es: (g, c) => {
			const raw = (g.unit ?? '').replace(/\bdata\s+collection\s+/i, '').trim();
			const long = /^(\d+)[\s-]*(week|day|month)s?\s+(\w+)$/i.exec(raw);
			if (long) {
				const span =
					{ week: 'semanas', day: 'días', month: 'meses' }[(long[2] ?? '').toLowerCase()] ??
					long[2];
				return `${c.Who} debe lograrlo ${num(g.n, c)} períodos de ${long[1]} ${span} seguidos.`;
			}
			const [unit, gender] = unitEs(raw);
			return `${c.Who} debe lograrlo ${num(g.n, c)} ${unit} ${gender === 'm' ? 'seguidos' : 'seguidas'}.`;
		}
	},
	{
		re: new RegExp(
			`(?:\\bwith\\s+)?(?:(?<n>${N})\\s+or\\s+(?:fewer|less)|(?<lim>no\\s+more\\s+than|not\\s+more\\s+than|fewer\\s+than|less\\s+than|at\\s+most)\\s+(?<m>${N}))\\s+(?:[\\w-]+\\s+){0,2}?(?:errors?|mistakes?|miscues?)(?:\\s+(?<scope>(?:in|for|per)\\s+.+?)(?=,\\s*(?:in|on|with|across|for|as|during|over)\\s|[.;]|$))?`,
			'gi'
		),
		en: (g, c) => {
			const lim = g.n
				? `${num(g.n, c)} or fewer`
				: /fewer|less/i.test(g.lim ?? '')
					? `fewer than ${num(g.m, c)}`
					: `no more than ${num(g.m, c)}`;
			return `${c.Who} can make ${lim} mistakes${g.scope ? ` ${stripEnd(g.scope)}` : ''}.`;
		},
		es: (g, c) => {
			const lim = g.n
				? `${num(g.n, c)} errores o menos`
				: /fewer|less/i.test(g.lim ?? '')
					? `menos de ${num(g.m, c)} errores`
					: `como máximo ${num(g.m, c)} errores`;
			const scope = g.scope
				? /^for\s+every\s+100\s+words\s+read$/i.test(stripEnd(g.scope))
					? ' por cada 100 palabras leídas'
					: ` (“${stripEnd(g.scope)}”)`
				: '';
			return `${c.Who} puede tener ${lim}${scope}.`;
		}
	},
	{
		re: new RegExp(
			`(?:\\bwith\\s+)?(?:no\\s+more\\s+than|not\\s+more\\s+than|fewer\\s+than|up\\s+to|a\\s+maximum\\s+of|at\\s+most)\\s+(?:(?<n>${N})\\s+)?(?<adj>(?:[\\w-]+\\s+){0,2}?)(?<kind>prompts?|cues?|reminders?|redirections?|hints?|encouragement|prompting|assistance|help)\\b(?:\\s+to\\s+(?<purpose>[^,.;]+?)(?=\\s+(?:in|on|with|for|across|during)\\s+(?:${NS}|at\\s+least)\\b|[,.;]|$))?`,
			'gi'
		),
		en: (g, c) =>
			g.n
				? `${c.Who} can get no more than ${num(g.n, c)} ${helpWords(g.adj, g.kind, 'en')}${g.purpose ? ` to ${simplify(g.purpose)}` : ''}.`
				: `The most help allowed is ${helpWords(g.adj, g.kind, 'en')}.`,
		es: (g, c) =>
			g.n
				? `${c.Who} puede recibir como máximo ${num(g.n, c)} ${helpWords(g.adj, g.kind, 'es')}.`
				: `La ayuda máxima permitida: ${helpWords(g.adj, g.kind, 'es')}.`
	},
	{
		re: new RegExp(
			`(?:\\bwith\\s+)?(?:(?<n>${N})|a\\s+single|single)\\s+(?<adj>(?:[\\w-]+\\s+)?)(?<kind>prompts?|cues?|reminders?|redirections?|hints?)\\b`,
			'gi'
		),
		en: (g, c) => {
			const n = num(g.n ?? '1', c);
			const words = helpWords(g.adj, g.kind, 'en');
			return `${c.Who} can get ${n} ${n === '1' ? words.replace(/^(\w+ )?(\w+?)s\b/, '$1$2') : words}.`;
		},
		es: (g, c) => `${c.Who} puede recibir ${num(g.n ?? '1', c)} ${helpWords(g.adj, g.kind, 'es')}.`
	},
	{
		re: /\bwithout\s+(?:any\s+)?(?<adj>adult\s+|verbal\s+|teacher\s+)?(?<kind>prompts?|prompting|cues?|reminders?|assistance|help)\b/gi,
		en: (g, c) => `${c.Who} has to do it with no ${helpWords(g.adj, g.kind, 'en')}.`,
		es: (g, c) => `${c.Who} debe hacerlo sin ${helpWords(g.adj, g.kind, 'es')}.`
	},
	{
		re: new RegExp(
			`\\bwithin\\s+(?<n>${N})(?:\\s*-\\s*${N})?\\s*-?\\s*(?<unit>seconds?|secs?|minutes?|mins?|hours?)(?:\\s+of\\s+(?<of>[^,.;]+?))?(?=\\s+(?:with|in|on|and|as|for)\\s|[,.;]|$)`,
			'gi'
		),
		en: (g, c) =>
			`${c.Who} needs to do it within ${num(g.n, c)} ${g.unit}${g.of ? ` of ${simplify(g.of)}` : ''}.`,
		es: (g, c) => {
			const n = num(g.n, c);
			return `${c.Who} debe hacerlo en menos de ${n} ${timeUnitEs(g.unit, n)}.`;
		}
	},
	{
		re: new RegExp(
			`\\b(?:for|in\\s+under|in\\s+less\\s+than)\\s+(?<least>a\\s+minimum\\s+of\\s+|at\\s+least\\s+|up\\s+to\\s+)?(?<n>${N})(?:\\s*-\\s*${N})?\\s*-?\\s*(?<unit>seconds?|secs?|minutes?|mins?|hours?)\\b`,
			'gi'
		),
		en: (g, c) =>
			`${c.Who} needs to keep it up for ${g.least ? 'at least ' : ''}${num(g.n, c)} ${g.unit}.`,
		es: (g, c) => {
			const n = num(g.n, c);
			return `${c.Who} debe mantenerlo ${g.least ? 'al menos ' : ''}${n} ${timeUnitEs(g.unit, n)}.`;
		}
	},
	{
		re: new RegExp(
			`\\bduring\\s+(?:a|an|each|one|the)\\s+(?<n>${N})[\\s-]*(?<unit>second|minute|hour)s?(?:\\s+(?<what>period|session|block|class|lesson|activity|interval))?`,
			'gi'
		),
		en: (g, c) => `This is checked during a ${num(g.n, c)}-${g.unit} ${g.what ?? 'period'}.`,
		es: (g, c) => {
			const n = num(g.n, c);
			return `Se revisa durante un período de ${n} ${timeUnitEs(g.unit, n)}.`;
		}
	},
	{
		re: new RegExp(
			`${LEAST}\\b(?:(?<n>${N})\\s+times|(?<once>once|twice))(?:\\s+(?:per|a|each|every|in\\s+a)\\s+(?<per>[\\w-]+(?:\\s+(?!as\\b|with\\b|when\\b|in\\b|on\\b|during\\b)[\\w-]+)?))?`,
			'gi'
		),
		en: (g, c) => {
			const n = g.once ? (g.once.toLowerCase() === 'once' ? '1' : '2') : num(g.n, c);
			return `${c.Who} needs to do it ${g.least ? 'at least ' : ''}${n} ${n === '1' ? 'time' : 'times'}${g.per ? ` per ${g.per}` : ''}.`;
		},
		es: (g, c) => {
			const n = g.once ? (g.once.toLowerCase() === 'once' ? '1' : '2') : num(g.n, c);
			return `${c.Who} debe hacerlo ${g.least ? 'al menos ' : ''}${n} ${n === '1' ? 'vez' : 'veces'}${g.per ? ` por ${perEs(g.per)}` : ''}.`;
		}
	},
	{
		re: /\bwithin\s+(?<n>\d+(?:\.\d+)?|[½¼¾]|\d+\s*\/\s*\d+|one|a\s+half)\s*-?\s*(?<unit>inch(?:es)?|in\.|cm|centimeters?|mm|feet|foot|ft)\b(?:\s+of\s+(?<of>[^,.;]+))?/gi,
		en: (g, c) =>
			`${c.Who} needs to stay within ${g.n} ${g.unit}${g.of ? ` of ${g.of.trim()}` : ''}.`,
		es: (g, c) => {
			const unit = /^in/i.test(g.unit ?? '') ? 'pulgada' : (g.unit ?? '');
			const of = g.of
				? /^the\s+line$/i.test(g.of.trim())
					? ' de la línea'
					: ` (“${g.of.trim()}”)`
				: '';
			return `${c.Who} debe mantenerse a menos de ${g.n} ${unit}${of}.`;
		}
	},
	{
		re: new RegExp(
			`${LEAST}(?<n>${N})\\s*(?:%|percent)(?<more>\\s+or\\s+(?:higher|more|better))?`,
			'gi'
		),
		en: (g, c) =>
			`The target is ${g.least ? 'at least ' : ''}${num(g.n, c)} out of every 100${g.more ? ' or more' : ''}.`,
		es: (g, c) =>
			`La meta es ${g.least ? 'al menos ' : ''}${num(g.n, c)} de cada 100${g.more ? ' o más' : ''}.`
	},
	{
		re: /\b(?<f>daily|weekly|monthly|yearly|annually|each\s+day|every\s+day)\b/gi,
		en: (g) => `This applies ${FREQ_EN[(g.f ?? '').toLowerCase()] ?? g.f}.`,
		es: (g) => `Esto aplica ${FREQ_ES[(g.f ?? '').toLowerCase()] ?? g.f}.`
	}
];

const FREQ_EN: Record<string, string> = {
	daily: 'each day',
	weekly: 'each week',
	monthly: 'each month',
	yearly: 'each year',
	annually: 'each year',
	'each day': 'each day',
	'every day': 'each day'
};
const FREQ_ES: Record<string, string> = {
	daily: 'cada día',
	weekly: 'cada semana',
	monthly: 'cada mes',
	yearly: 'cada año',
	annually: 'cada año',
	'each day': 'cada día',
	'every day': 'cada día'
};

const LEFTOVER_STOP = new Set(
	'with in on for across over at and or achieving achieve meaning of the a an to reach reaching per every each as by scoring earning consecutive'.split(
		' '
	)
);

function criterionSentences(criterion: string, ctx: Ctx): string[] {
	const text = criterion.split(PIECE_JOINER).join(', ');
	const hits: { start: number; end: number; sentence: string }[] = [];
	for (const clause of CLAUSES) {
		clause.re.lastIndex = 0;
		for (let m = clause.re.exec(text); m; m = clause.re.exec(text)) {
			if (m[0].length === 0) {
				clause.re.lastIndex++;
				continue;
			}
			const start = m.index;
			const end = m.index + m[0].length;
			if (hits.some((h) => start < h.end && h.start < end)) continue;
			const groups = m.groups ?? {};
			hits.push({
				start,
				end,
				sentence: ctx.lang === 'en' ? clause.en(groups, ctx) : clause.es(groups, ctx)
			});
		}
	}
	hits.sort((a, b) => a.start - b.start);
	const out: string[] = [];
	let at = 0;
	const leftover = (s: string) => {
		const words = s
			.replace(/[(),;:.]/g, ' ')
			.split(/\s+/)
			.filter(Boolean);
		const meaningful = words.filter(
			(w) => !LEFTOVER_STOP.has(w.toLowerCase()) && /\p{L}{3,}/u.test(w)
		);
		if (meaningful.length === 0) return;
		const quote = stripEnd(s.replace(/^[\s,;:]+/, '').replace(/^(?:and|or|with|in|on)\s+/i, ''));
		const simpler = simplify(quote).trim();
		// Nothing left once repeated acronyms are dropped: say nothing rather than quote nothing.
		if (ctx.lang === 'en' && !/\p{L}{3,}/u.test(simpler)) return;
		out.push(
			ctx.lang === 'en'
				? `The goal also says: “${simpler}”.`
				: `La meta también dice (en inglés): “${quote}”.`
		);
	};
	for (const h of hits) {
		leftover(text.slice(at, h.start));
		out.push(h.sentence);
		at = h.end;
	}
	leftover(text.slice(at));
	return out;
}

// ---------------------------------------------------------------- other parts

const PLACEHOLDER_DATE = /\[[^\]]*\]|\([^)]*\)|\bxx+\s+date\b|^(?:by|before)\s+(?:the\s+)?date$/i;

function timeframeEn(tf: string, ctx: Ctx): string {
	if (PLACEHOLDER_DATE.test(tf))
		return `The end date in this goal is still blank (“${tf}”). Ask the team to fill it in.`;
	let t = formatDates(tf, 'en').trim();
	t = t.replace(/^(By|Within|In|During|Before|Over|At|Throughout)\b/, (w) => w.toLowerCase());
	return `${ctx.Who} should reach this goal ${simplify(t)}.`;
}

const ORDINAL_ES: Record<string, string> = {
	first: 'primer',
	second: 'segundo',
	third: 'tercer',
	fourth: 'cuarto',
	'1st': 'primer',
	'2nd': 'segundo',
	'3rd': 'tercer',
	'4th': 'cuarto'
};
const SCHOOL_YEAR_ES: Record<string, string> = {
	freshman: 'primer año de secundaria',
	sophomore: 'segundo año de secundaria',
	junior: 'tercer año de secundaria',
	senior: 'último año de secundaria'
};

function monthIndex(name: string): number {
	const n = name.toLowerCase().slice(0, 3);
	return MONTHS_EN.findIndex((m) => m.toLowerCase().startsWith(n));
}

function timeframeEs(tf: string, ctx: Ctx): string {
	const t = tf.trim().replace(/\s+/g, ' ');
	if (PLACEHOLDER_DATE.test(t))
		return `La fecha límite de esta meta está en blanco (“${tf}”). Pida al equipo que la complete.`;
	let m: RegExpExecArray | null;
	const when = (s: string) => `Fecha límite: ${s}.`;
	if (/^(?:by|before) (?:the )?end of (?:the |this )?(?:school )?year$/i.test(t))
		return when('para el final del año escolar');
	if (/^(?:by|before) (?:the )?end of (?:the |this )?IEP(?: (?:year|period|cycle))?$/i.test(t))
		return when('para el final del período del IEP');
	if (
		/^(?:by|before) (?:the )?(?:next )?(?:annual|yearly) (?:IEP )?(?:review|IEP|meeting)(?: date| meeting)?$/i.test(
			t
		)
	)
		return when('para la próxima revisión anual del IEP');
	if ((m = /^within (\S+) (?:(instructional|school) )?(weeks?|months?|days?)$/i.exec(t))) {
		const unit = /^w/i.test(m[3] ?? '') ? 'semanas' : /^m/i.test(m[3] ?? '') ? 'meses' : 'días';
		return when(`en un plazo de ${num(m[1], ctx)} ${unit}${m[2] ? ' de clases' : ''}`);
	}
	if (
		(m =
			/^(?:within|during) the (first|second|third|fourth|1st|2nd|3rd|4th) (?:grading|marking) period$/i.exec(
				t
			))
	)
		return when(`durante el ${ORDINAL_ES[(m[1] ?? '').toLowerCase()]} período de calificaciones`);
	if ((m = /^(?:in|over) (?:the next )?(\S+) (weeks?|months?|years?)$/i.exec(t))) {
		const unit = /^w/i.test(m[2] ?? '') ? 'semanas' : /^m/i.test(m[2] ?? '') ? 'meses' : 'años';
		const n = num(m[1], ctx);
		return when(`en ${n} ${n === '1' ? unit.replace(/es$|s$/, '').replace('mes', 'mes') : unit}`);
	}
	if ((m = /^during (?:(?:his|her|their|the) )?(freshman|sophomore|junior|senior) year$/i.exec(t)))
		return when(`durante su ${SCHOOL_YEAR_ES[(m[1] ?? '').toLowerCase()]}`);
	if (
		(m = /^(?:by|before) ([A-Za-z]+)\.?(?: (\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\d{4}))?$/i.exec(t))
	) {
		const i = monthIndex(m[1] ?? '');
		if (i >= 0) {
			const month = monthName(i, 'es');
			const date = m[2] ? `el ${Number(m[2])} de ${month}` : month;
			return when(`para ${date}${m[3] ? ` de ${m[3]}` : ''}`);
		}
	}
	if ((m = /^(?:by|before) (\d[\d/-]+)$/i.exec(t))) {
		const d = formatDates(m[1] ?? '', 'es');
		if (d !== m[1]) return when(`para ${/^\d/.test(d) ? `el ${d}` : d}`);
	}
	return `Plazo (en inglés): “${tf}”.`;
}

function conditionEn(piece: string, ctx: Ctx): string {
	const p = simplify(piece.trim());
	let m: RegExpExecArray | null;
	if (
		(m =
			/^(?:when\s+|once\s+|if\s+)?(?:(?:verbally|orally)\s+)?(?:given|provided(?:\s+with)?|presented(?:\s+with)?|offered)\s+(.*)$/is.exec(
				p
			))
	)
		return `${ctx.Who} will be given ${m[1]}.`;
	if ((m = /^when\s+shown\s+(.*)$/is.exec(p))) return `${ctx.Who} will be shown ${m[1]}.`;
	if ((m = /^when\s+(?:asked|told|directed|instructed)\s+(.*)$/is.exec(p)))
		return `This is when ${ctx.who} is asked ${m[1]}.`;
	if ((m = /^when\s+(?:(?:verbally|orally)\s+)?(?:prompted|cued|reminded)\s+(.*)$/is.exec(p)))
		return `This is when an adult reminds ${ctx.who} ${m[1]}.`;
	if ((m = /^when\s+(.*)$/is.exec(p))) return `This is for times when ${m[1]}.`;
	if ((m = /^during\s+(.*)$/is.exec(p))) return `This happens during ${m[1]}.`;
	if ((m = /^with\s+(.*)$/is.exec(p))) return `${ctx.Who} can have ${m[1]}.`;
	if (/^(?:in|across|within|while)\s+/i.test(p))
		return `This happens ${p.charAt(0).toLowerCase()}${p.slice(1)}.`;
	if ((m = /^(?:following|after|upon)\s+(.*)$/is.exec(p))) return `This comes after ${m[1]}.`;
	return `The goal also says: “${p}”.`;
}

const MEASURE_LEAD =
	/^(?:(?:this|which|it|data|performance)\s+will\s+be\s+)?(?:as\s+)?(?:measured|documented|evidenced|determined|recorded|monitored|assessed|evaluated|charted|tracked|observed|demonstrated|shown|indicated|verified|scored|collected|noted|reported)\s+(?:(?<freq>quarterly|monthly|weekly|bi-?weekly|daily|yearly|annually|each\s+\w+(?:\s+of\s+the\s+school\s+year)?)\s+)?(?:by|through|using|with|via|on|in|per)\s+|^(?:based\s+(?:up)?on|according\s+to|per|on|using|via)\s+/i;

function measurementEn(piece: string, ctx: Ctx, expander: Expander): string[] {
	const m = MEASURE_LEAD.exec(piece.trim());
	const what = m ? piece.trim().slice(m[0].length) : piece.trim();
	const out = [`The team will check progress with ${expander.expand(simplify(stripEnd(what)))}.`];
	const freq = m?.groups?.freq?.toLowerCase();
	if (freq) out.push(`They will check ${REPORT_FREQ_EN[freq] ?? freq}.`);
	void ctx;
	return out;
}

const REPORT_FREQ_EN: Record<string, string> = {
	quarterly: 'every quarter (about 4 times a year)',
	monthly: 'every month',
	weekly: 'every week',
	biweekly: 'every 2 weeks',
	'bi-weekly': 'every 2 weeks',
	daily: 'every day',
	yearly: 'once a year',
	annually: 'once a year',
	'each semester': 'each semester (twice a year)',
	'each semester of the school year': 'each semester (twice a year)'
};
const REPORT_FREQ_ES: Record<string, string> = {
	quarterly: 'cada trimestre (unas 4 veces al año)',
	monthly: 'cada mes',
	weekly: 'cada semana',
	biweekly: 'cada 2 semanas',
	'bi-weekly': 'cada 2 semanas',
	daily: 'cada día',
	yearly: 'una vez al año',
	annually: 'una vez al año'
};

function reportingFreq(r: string, lang: Lang): string | null {
	const t = r.toLowerCase();
	const table = lang === 'en' ? REPORT_FREQ_EN : REPORT_FREQ_ES;
	if (/(?:each|every)\s+(?:grading|marking|reporting)\s+period/.test(t))
		return lang === 'en'
			? 'each grading period (when report cards come out)'
			: 'en cada período de calificaciones (cuando llegan las boletas)';
	if (/report\s+cards?/.test(t))
		return lang === 'en' ? 'with each report card' : 'con cada boleta de calificaciones';
	const found = t.match(/quarterly|monthly|bi-?weekly|weekly|daily|yearly|annually/g);
	if (found && found.length > 0) {
		const parts = [...new Set(found)].map((f) => table[f] ?? f);
		return parts.join(lang === 'en' ? ' or ' : ' o ');
	}
	const basis = /on\s+a\s+([\w-]+)\s+basis/.exec(t);
	if (basis) return table[basis[1] ?? ''] ?? null;
	return null;
}

function reportingSentence(r: string, ctx: Ctx): string {
	const freq = reportingFreq(r, ctx.lang);
	const isReport = /report/i.test(r);
	if (ctx.lang === 'en') {
		if (!freq) return `How often progress is checked: “${r}”.`;
		return isReport ? `You will get a progress report ${freq}.` : `Progress is checked ${freq}.`;
	}
	if (!freq) return `Cada cuánto se revisa el progreso (en inglés): “${r}”.`;
	return isReport ? `Recibirá un informe de progreso ${freq}.` : `El progreso se revisa ${freq}.`;
}

function quoteEs(list: string[]): string {
	return list.map((p) => `“${stripEnd(p)}”`).join('; ');
}

// ---------------------------------------------------------------- the whole explanation

export function renderPlain(parts: GoalParts, opts: { lang: Lang; name?: string }): string {
	const lang = opts.lang;
	const name = (opts.name ?? '').trim();
	const who = name || (lang === 'en' ? 'your child' : 'su hijo/a');
	const ctx: Ctx = { lang, who, Who: cap(who), blanks: false };
	const expander = new Expander(lang);
	const out: string[] = [];
	const behavior = pieces(parts.behavior);
	const conditions = pieces(parts.condition);
	const measurements = pieces(parts.measurement);

	if (lang === 'en') {
		if (behavior.length > 0) {
			const [first, ...more] = behavior;
			const { subject, rest } = splitSubject(first ?? '');
			let body = [rest, ...more].join(' ').trim();
			let withoutHelp = false;
			if (/^independently\s+/i.test(body)) {
				body = body.replace(/^independently\s+/i, '');
				withoutHelp = true;
			}
			body = body.replace(/\bindependently\b/gi, 'without help');
			body = expander.expand(simplify(stripEnd(formatDates(withName(body, who), 'en'))));
			if (withoutHelp) {
				const comma = body.indexOf(', ');
				body =
					comma > 0
						? `${body.slice(0, comma)} without help${body.slice(comma)}`
						: `${body} without help`;
			}
			if (/\b(?:will|shall)\b/i.test(first ?? '') || subject || /^TSW\b/.test(first ?? '')) {
				out.push(`${ctx.Who} will ${body}.`);
			} else {
				out.push(`The goal: ${cap(body)}.`);
			}
		} else {
			out.push(`The goal does not say clearly what ${who} will do.`);
		}
		if (parts.timeframe) out.push(timeframeEn(parts.timeframe, ctx));
		for (const c of conditions) out.push(expander.expand(conditionEn(withName(c, who), ctx)));
		if (parts.criterion) out.push(...criterionSentences(parts.criterion, ctx));
		for (const m of measurements) out.push(...measurementEn(m, ctx, expander));
		if (parts.reporting) out.push(reportingSentence(parts.reporting, ctx));
		if (ctx.blanks)
			out.push(
				'Some numbers in this goal are still blank (XX or ___). Ask the team what they will be.'
			);
		if (!parts.criterion)
			out.push(
				`Note: the goal does not say how well ${who} must do. Ask the team how they will know the goal is met.`
			);
		if (!parts.timeframe)
			out.push('Note: the goal does not give an end date. Ask the team by when.');
		return out.join(' ');
	}

	out.push(`Esta es una meta para ${who}.`);
	if (behavior.length > 0) out.push(`La meta dice (en inglés): ${quoteEs(behavior)}.`);
	else out.push(`La meta no dice con claridad qué hará ${who}.`);
	if (parts.timeframe) out.push(timeframeEs(parts.timeframe, ctx));
	if (conditions.length > 0) out.push(`Condiciones (en inglés): ${quoteEs(conditions)}.`);
	if (parts.criterion) out.push(...criterionSentences(parts.criterion, ctx));
	if (measurements.length > 0) out.push(`Cómo se medirá (en inglés): ${quoteEs(measurements)}.`);
	if (parts.reporting) out.push(reportingSentence(parts.reporting, ctx));
	const notes = expander.notes(
		[...behavior, ...conditions, ...measurements, parts.criterion ?? ''].join(' \n ')
	);
	if (notes.length > 0) out.push(`Siglas: ${notes.join('; ')}.`);
	if (ctx.blanks)
		out.push(
			'Algunos números de esta meta están en blanco (XX o ___). Pregunte al equipo cuáles serán.'
		);
	if (!parts.criterion)
		out.push(
			`Nota: la meta no dice qué tan bien debe hacerlo ${who}. Pregunte al equipo cómo sabrán si se cumplió.`
		);
	if (!parts.timeframe)
		out.push('Nota: la meta no tiene fecha límite. Pregunte al equipo para cuándo.');
	return out.join(' ');
}

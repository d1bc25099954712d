import { IntlMessageFormat } from 'intl-messageformat';
import en from '../../../messages/en.json';
import { catalogs } from './catalogs';

/**
 * UI text lives in `messages/<locale>.json` (flat keys, ICU message syntax). English is complete and is the
 * fallback for any key another language lacks; adding a language is adding a file.
 */
export type MessageKey = keyof typeof en;
export type Catalog = Partial<Record<MessageKey, string>>;
export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

export const DEFAULT_LOCALE = 'en';

export { catalogs };
export const locales = Object.keys(catalogs).sort();

export function createTranslator(
	locale: string,
	all: Record<string, Catalog> = catalogs
): Translate {
	const own = all[locale] ?? {};
	const fallback = all[DEFAULT_LOCALE] ?? (en as Catalog);
	const cache = new Map<MessageKey, IntlMessageFormat>();
	return (key, values) => {
		let fmt = cache.get(key);
		if (!fmt) {
			const text = own[key] ?? fallback[key];
			if (text === undefined) return key;
			fmt = new IntlMessageFormat(text, own[key] !== undefined ? locale : DEFAULT_LOCALE);
			cache.set(key, fmt);
		}
		try {
			return String(fmt.format(values));
		} catch {
			// A missing value must not take a page down; show the message without it.
			return fmt.getAst().length ? String(own[key] ?? fallback[key]) : key;
		}
	};
}

/** Picks the best available locale from a cookie choice, then the Accept-Language header. */
export function negotiateLocale(
	cookie: string | undefined,
	acceptLanguage: string | null,
	available: string[] = locales
): string {
	if (cookie && available.includes(cookie)) return cookie;
	const wanted = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.filter((w) => w.tag && w.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { tag } of wanted) {
		if (available.includes(tag)) return tag;
		const base = tag.split('-')[0]!;
		if (available.includes(base)) return base;
	}
	return DEFAULT_LOCALE;
}

import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import { catalogs, createTranslator, locales, negotiateLocale } from './index';

describe('message files', () => {
	it('loads every file in messages/ as a locale, English included', () => {
		expect(locales).toContain('en');
		expect(catalogs.en).toEqual(en);
	});

	it('has only valid ICU messages in every file, each formatting with its arguments', () => {
		for (const locale of locales) {
			const t = createTranslator(locale);
			for (const [key, text] of Object.entries(catalogs[locale]!)) {
				const values = sampleValues(new IntlMessageFormat(text!, locale).getAst());
				const out = t(key as keyof typeof en, values);
				expect(out, `${locale}:${key}`).not.toBe(key);
				expect(out, `${locale}:${key}`).not.toMatch(/\{\w+[,}]/);
			}
		}
	});
});

describe('createTranslator', () => {
	const all = {
		en: {
			'app.name': 'Roundtable',
			'teams.memberCount': '{count, plural, one {# member} other {# members}}'
		},
		es: { 'teams.memberCount': '{count, plural, one {# miembro} other {# miembros}}' }
	};

	it('formats plurals per locale', () => {
		expect(createTranslator('en', all)('teams.memberCount', { count: 1 })).toBe('1 member');
		expect(createTranslator('es', all)('teams.memberCount', { count: 3 })).toBe('3 miembros');
	});

	it('falls back to English for a key another language lacks', () => {
		expect(createTranslator('es', all)('app.name')).toBe('Roundtable');
	});

	it('does not throw when a value is missing', () => {
		expect(() => createTranslator('en', all)('teams.memberCount')).not.toThrow();
	});
});

describe('negotiateLocale', () => {
	const available = ['en', 'es'];
	it('prefers the cookie when it names an available locale', () => {
		expect(negotiateLocale('es', 'en-US', available)).toBe('es');
		expect(negotiateLocale('xx', 'es-MX,es;q=0.9', available)).toBe('es');
	});
	it('follows Accept-Language quality order and base languages', () => {
		expect(negotiateLocale(undefined, 'fr;q=0.9, es-MX;q=0.8, en;q=0.1', available)).toBe('es');
		expect(negotiateLocale(undefined, 'de, fr', available)).toBe('en');
		expect(negotiateLocale(undefined, null, available)).toBe('en');
	});
});

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** A value of the right kind for every argument a message uses (dates for date/time, numbers for plurals). */
function sampleValues(ast: Ast, into: Record<string, string | number | Date> = {}) {
	for (const el of ast as unknown as {
		type: number;
		value?: string;
		options?: Record<string, { value: Ast }>;
	}[]) {
		// intl-messageformat element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural
		if (el.value && el.type >= 1 && el.type <= 6) {
			into[el.value] =
				el.type === 3 || el.type === 4 ? new Date(0) : el.type === 2 || el.type === 6 ? 2 : 'x';
		}
		for (const opt of Object.values(el.options ?? {})) sampleValues(opt.value, into);
	}
	return into;
}

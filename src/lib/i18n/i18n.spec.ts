import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import { catalogs, createTranslator, locales, negotiateLocale } from './index';

describe('message files', () => {
	it('loads every file in messages/ as a locale, English included', () => {
		expect(locales).toContain('en');
		expect(catalogs.en).toEqual(en);
	});

	it('has only valid ICU messages in every file', () => {
		for (const locale of locales) {
			const t = createTranslator(locale);
			for (const key of Object.keys(catalogs[locale]!) as (keyof typeof en)[]) {
				const out = t(key, {
					name: 'Ana',
					count: 2,
					min: 10,
					max: 100,
					seconds: 3,
					email: 'a@b.c',
					days: 7,
					id: 'x',
					date: new Date(0)
				});
				expect(out, `${locale}:${key}`).not.toBe(key);
				expect(out, `${locale}:${key}`).not.toMatch(/\{\w+\}/);
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

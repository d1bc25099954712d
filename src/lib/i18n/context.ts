import { getContext, setContext } from 'svelte';
import { createTranslator, type Translate } from './index';

const KEY = Symbol('i18n');

/** Called once by the root layout; every component then reads the translator with `useT()`. */
export function provideI18n(getLocale: () => string): void {
	let current = '';
	let translate: Translate = createTranslator('en');
	setContext<Translate>(KEY, (key, values) => {
		const locale = getLocale();
		if (locale !== current) {
			current = locale;
			translate = createTranslator(locale);
		}
		return translate(key, values);
	});
}

export function useT(): Translate {
	return getContext<Translate>(KEY);
}

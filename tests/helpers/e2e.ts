import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Small helpers the end-to-end files share; each file keeps its own browser, contexts and server. */

/**
 * Waits until the page is quiet, so SvelteKit has hydrated and forms submit through `use:enhance`
 * rather than racing the hydration.
 */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
}

/** Waits until the meeting page's socket is connected ("Live"). */
export async function live(page: Page): Promise<void> {
	await page
		.locator('.conn[role=status]')
		.filter({ hasText: /^Live$/ })
		.waitFor();
}

/** Retries `fn` until the assertion holds, for up to 15 s. */
export function poll<T>(fn: () => Promise<T> | T, message?: string) {
	return expect.poll(fn, { timeout: 15_000, interval: 100, message });
}

export function path(page: Page): string {
	return new URL(page.url()).pathname;
}

export function heading(page: Page, name: string, level = 1): Locator {
	return page.getByRole('heading', { name, level, exact: true });
}

/** The one element's text with whitespace collapsed, or null when there is not exactly one. */
export async function text(locator: Locator): Promise<string | null> {
	if ((await locator.count()) !== 1) return null;
	return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH if set, else the system's /usr/bin/chromium,
 * else `undefined` meaning Playwright's own downloaded build (when it is installed). `null` when none exists.
 */
export function findChromium(): string | undefined | null {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return undefined;
	} catch {
		// playwright-core throws when it has no browser of its own for this platform
	}
	return null;
}

export async function launchBrowser(): Promise<Browser> {
	const found = findChromium();
	if (found === null) {
		throw new Error(
			'No Chromium found: install one (`apt-get install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary'
		);
	}
	return chromium.launch({
		executablePath: found,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-quic',
			'--no-first-run',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

let axeSource: string | undefined;

export interface A11yViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations, in a shape that
 * reads well in a failed `expect(violations, label).toEqual([])`: rule id, help text and the nodes' targets.
 */
export async function checkA11y(page: Page, label: string): Promise<A11yViolation[]> {
	axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
	const hasAxe = await page.evaluate(
		() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined'
	);
	if (!hasAxe) await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: A11yViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			helpUrl: v.helpUrl,
			nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary }))
		}));
	});
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	if (serious.length > 0) {
		console.error(
			`[a11y] ${label}:\n` +
				serious
					.map(
						(v) =>
							`  ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`
					)
					.join('\n')
		);
	}
	return serious;
}

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const file = path.join(SCREENSHOT_DIR, `${name}.png`);
	await page.screenshot({ path: file, fullPage: true });
	return file;
}

const HOW_TO_INSTALL =
	'No Chromium was found for the end-to-end tests. Install one (`apt-get install chromium`) or set ' +
	'CHROMIUM_PATH to a Chromium/Chrome binary.';

/**
 * The `describe` for an end-to-end file: the real one when a Chromium is found. Without one it says so
 * loudly and skips, or, with E2E_REQUIRED=1 (CI), registers a failing test instead.
 */
export function e2eSuite(): typeof describe | typeof describe.skip {
	if (findChromium() !== null) return describe;
	if (process.env.E2E_REQUIRED === '1') {
		describe('end-to-end prerequisites', () => {
			it('has a Chromium to drive (E2E_REQUIRED=1)', () => {
				expect.fail(HOW_TO_INSTALL);
			});
		});
	} else {
		console.warn(
			`\n${'!'.repeat(78)}\n!! SKIPPING end-to-end tests. ${HOW_TO_INSTALL}\n${'!'.repeat(78)}\n`
		);
	}
	return describe.skip;
}

/** The devices people use: a laptop, the room's projector, a parent's phone. */
export const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };
export const PROJECTOR: BrowserContextOptions = { viewport: { width: 1920, height: 1080 } };
export const PHONE: BrowserContextOptions = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true
};

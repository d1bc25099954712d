import type {
	Browser,
	BrowserContext,
	BrowserContextOptions,
	Locator,
	Page
} from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { checkA11y, launchBrowser } from './browser';
import { createTestDatabase, type TestDatabase } from './databases';
import { startServer, type RunningServer } from './server';

/** What the end-to-end files share: one browser per file, its contexts, and a server per describe. */
export class Browsers {
	private browser: Browser | undefined;
	readonly contexts: BrowserContext[] = [];
	/** Uncaught exceptions in any page: a hydration or client-side crash fails the flow. */
	readonly pageErrors: string[] = [];

	async launch(): Promise<void> {
		this.browser = await launchBrowser();
	}

	async close(): Promise<void> {
		await this.browser?.close();
	}

	/**
	 * A page in a new browser context. `storageState` (e.g. another context's cookies) is passed through,
	 * so a second window can share a signed-in session.
	 */
	newPage = async (options: BrowserContextOptions = {}): Promise<Page> => {
		if (!this.browser) throw new Error('browser not launched');
		const context = await this.browser.newContext({ locale: 'en-US', ...options });
		this.contexts.push(context);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		page.on('pageerror', (err) => this.pageErrors.push(`${page.url()}: ${err.message}`));
		return page;
	};

	async closeContexts(): Promise<void> {
		for (const c of this.contexts.splice(0)) await c.close().catch(() => {});
	}
}

/** A fresh embedded database and server for the enclosing describe, with the server's log on failure. */
export function useServer(browsers: Browsers) {
	let db: TestDatabase | undefined;
	let server: RunningServer | undefined;
	const app = {
		get url() {
			if (!server) throw new Error('server not started');
			return server.url;
		},
		/** Stops the server with SIGTERM and starts a new one on the same data; resolves with the exit code. */
		async restart(): Promise<number | null> {
			const code = await server!.stop('SIGTERM');
			server = await startServer(db!.env);
			return code;
		}
	};
	beforeAll(async () => {
		db = await createTestDatabase('embedded');
		server = await startServer(db.env);
	});
	beforeEach(({ task, onTestFailed }) => {
		onTestFailed(() => {
			if (server)
				console.error(
					`--- server log (last 40 lines) for "${task.name}":\n${server.logs.slice(-40).join('\n')}`
				);
		});
	});
	afterAll(async () => {
		await browsers.closeContexts();
		await server?.stop('SIGTERM');
		await db?.drop();
	});
	return app;
}

/** Each stage builds on the one before: after a failure the rest are skipped, not failed again. */
export function useStages(): void {
	let failedStage: string | null = null;
	beforeEach(({ task, skip, onTestFailed }) => {
		if (failedStage) skip(`an earlier stage failed: ${failedStage}`);
		onTestFailed(() => {
			failedStage ??= task.name;
		});
	});
}

/** axe-core on the page: no serious or critical violation. */
export async function a11y(page: Page, label: string): Promise<void> {
	const violations = await checkA11y(page, label);
	expect(
		violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.map((n) => n.target)
		})),
		label
	).toEqual([]);
}

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

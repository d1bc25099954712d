import type { Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, e2eSuite, screenshot } from '../helpers/browser';
import { a11y, Browsers, heading, path, settle, useServer } from '../helpers/e2e';

/*
 * End-to-end: the production build (`node build/start.js`) on a fresh embedded database per flow, driven
 * by a real Chromium through playwright-core, one browser context per person.
 */

const suite = e2eSuite();

const ADMIN = {
	name: 'Ada Lovelace',
	email: 'ada@school.example',
	password: 'correct horse battery staple'
};
const STAFF = {
	name: 'Grace Hopper',
	email: 'grace@school.example',
	password: 'nanoseconds are a foot long'
};

const WRONG_CREDENTIALS = 'That email address and password do not match. Please try again.';
const TOO_MANY = /^Too many sign-in attempts\. Please try again in \d+ seconds?\.$/;

// ---------------------------------------------------------------------------------------------------------
// Shared plumbing

const browsers = new Browsers();
const newPage = browsers.newPage;

suite('Roundtable in a browser', () => {
	beforeAll(async () => {
		await browsers.launch();
	});

	afterAll(async () => {
		await browsers.close();
	});

	afterEach(() => {
		expect(browsers.pageErrors.splice(0), 'uncaught errors in the page').toEqual([]);
	});

	describe('first administrator setup', () => {
		const app = useServer(browsers);

		it('sends a new install to /setup and creates the first administrator', async () => {
			const page = await newPage();

			await page.goto(app.url + '/');
			await settle(page);
			expect(path(page)).toBe('/setup');
			await a11y(page, '/setup');
			await screenshot(page, 'setup');

			// The skip link is the first thing the keyboard reaches.
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
				'Skip to main content'
			);

			await page.getByLabel('Your name', { exact: true }).fill(ADMIN.name);
			await page.getByLabel('Email address', { exact: true }).fill(ADMIN.email);
			await page.getByLabel('Password', { exact: true }).fill('too short');
			await page.getByLabel('Password', { exact: true }).press('Enter');

			await expectAlert(page, 'Your password is too short. Please use at least 10 characters.');
			expect(path(page)).toBe('/setup');
			expect(await page.getByLabel('Your name', { exact: true }).inputValue()).toBe(ADMIN.name);
			expect(await page.getByLabel('Email address', { exact: true }).inputValue()).toBe(
				ADMIN.email
			);
			await a11y(page, '/setup with an error');

			await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
			await page.getByLabel('Password', { exact: true }).press('Enter');

			await page.waitForURL(app.url + '/');
			await heading(page, `Welcome, ${ADMIN.name}`).waitFor();
			await page.getByRole('heading', { name: 'Your teams' }).waitFor();
			expect(await page.getByRole('link', { name: 'New team' }).count()).toBe(1);
			expect(await page.getByText(`Signed in as ${ADMIN.name}`).count()).toBe(1);
		});

		it('shows the already-set-up message on /setup afterwards, with no form', async () => {
			const page = onlyPage(0);
			await page.goto(app.url + '/setup');
			await settle(page);
			await page.getByText('Roundtable is already set up. Please sign in.').waitFor();
			expect(await page.getByRole('button', { name: 'Create administrator' }).count()).toBe(0);
			expect(await page.locator('form[method="POST"]:not([action="/logout"])').count()).toBe(0);
		});

		it('does not let an anonymous visitor create another administrator', async () => {
			const page = await newPage();
			await page.goto(app.url + '/setup');
			await settle(page);
			await page.getByText('Roundtable is already set up. Please sign in.').waitFor();
			expect(await page.getByRole('button', { name: 'Create administrator' }).count()).toBe(0);
			await a11y(page, '/setup when already set up');

			// Posting the form anyway is refused, and no session is handed out.
			const res = await page.request.post(app.url + '/setup', {
				headers: { origin: app.url, accept: 'text/html' },
				form: {
					name: 'Mallory',
					email: 'mallory@evil.example',
					password: 'a perfectly long password'
				},
				maxRedirects: 0
			});
			expect(res.status()).toBe(403);
			expect(await res.text()).toContain('Roundtable is already set up. Please sign in.');
			await page.goto(app.url + '/');
			await settle(page);
			expect(path(page)).toBe('/login');

			// ...and the intruder's account does not exist.
			await page.getByLabel('Email address', { exact: true }).fill('mallory@evil.example');
			await page.getByLabel('Password', { exact: true }).fill('a perfectly long password');
			await page.getByLabel('Password', { exact: true }).press('Enter');
			await expectAlert(page, WRONG_CREDENTIALS);
		});
	});

	describe('invitations and teams', () => {
		const app = useServer(browsers);
		let admin: Page;
		let staff: Page;
		let inviteLink: string;
		let teamUrl: string;

		it('lets the administrator create an invitation link', async () => {
			admin = await newPage();
			await setUpAdmin(admin, app.url);

			await admin.goto(app.url + '/admin/invitations');
			await settle(admin);
			await heading(admin, 'Invite staff').waitFor();
			await admin.getByText('No invitations yet.').waitFor();
			await a11y(admin, '/admin/invitations');

			await admin
				.getByLabel('Account type', { exact: true })
				.selectOption({ label: 'Staff member' });
			const email = admin.getByLabel('Their email address (optional)', { exact: true });
			await email.fill(STAFF.email);
			await email.press('Enter');

			const link = admin.getByTestId('invite-link');
			await link.waitFor();
			inviteLink = await link.inputValue();
			expect(inviteLink).toMatch(new RegExp(`^${escapeRe(app.url)}/invite/[a-z2-7]{20,64}$`));
			expect(await link.getAttribute('readonly')).not.toBeNull();
			// The new invitation is listed, open.
			await admin
				.getByRole('listitem')
				.filter({ hasText: STAFF.email })
				.filter({ hasText: 'Open until' })
				.waitFor();
			await a11y(admin, '/admin/invitations with a new link');
		});

		it('lets the invited staff member sign up on a phone, once', async () => {
			staff = await newPage(PHONE);
			await staff.goto(inviteLink);
			await settle(staff);
			await heading(staff, 'Join Roundtable').waitFor();
			const email = staff.getByLabel('Email address', { exact: true });
			expect(await email.inputValue()).toBe(STAFF.email);
			expect(await email.getAttribute('readonly')).not.toBeNull();
			await a11y(staff, '/invite/<token> (phone)');
			await screenshot(staff, 'invite-phone');

			await staff.getByLabel('Your name', { exact: true }).fill(STAFF.name);
			await staff.getByLabel('Password', { exact: true }).fill(STAFF.password);
			await staff.getByLabel('Password', { exact: true }).press('Enter');

			await staff.waitForURL(app.url + '/');
			await heading(staff, `Welcome, ${STAFF.name}`).waitFor();
			await staff
				.getByText('You are not on a team yet. A team lead or administrator can add you.')
				.waitFor();
			// Staff members do not get the administrator's links.
			expect(await staff.getByRole('link', { name: 'New team' }).count()).toBe(0);
			expect(await staff.getByRole('link', { name: 'Invite staff' }).count()).toBe(0);
			await a11y(staff, '/ for a staff member (phone)');

			// The link is spent: someone else opening it is told so and gets no form.
			const other = await newPage();
			await other.goto(inviteLink);
			await settle(other);
			await expectAlert(other, 'This invitation link has already been used.');
			expect(await other.getByRole('button', { name: 'Create my account' }).count()).toBe(0);
			await a11y(other, '/invite/<token> already used');

			// The administrator's list shows it as used.
			await admin.goto(app.url + '/admin/invitations');
			await admin
				.getByRole('listitem')
				.filter({ hasText: STAFF.email })
				.filter({ hasText: 'Used' })
				.waitFor();
		});

		it('lets the administrator create a team and add the new member', async () => {
			await admin.goto(app.url + '/');
			await settle(admin);
			await admin.getByText('You are not on a team yet. Create one to get started.').waitFor();
			await admin.getByRole('link', { name: 'New team' }).focus();
			await admin.keyboard.press('Enter');
			await admin.waitForURL(app.url + '/teams/new');
			await heading(admin, 'New team').waitFor();
			await a11y(admin, '/teams/new');

			await admin.getByLabel('Team name', { exact: true }).fill('Room 12 support team');
			await admin
				.getByLabel('Description (optional)', { exact: true })
				.fill('Support for Sam in Room 12');
			await admin.getByLabel('Description (optional)', { exact: true }).press('Enter');

			await admin.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
			teamUrl = admin.url();
			await heading(admin, 'Room 12 support team').waitFor();
			await admin.getByText('Support for Sam in Room 12').waitFor();
			const members = admin.getByRole('region', { name: 'Members' }).getByRole('listitem');
			expect(await members.count()).toBe(1);
			expect(await members.first().textContent()).toContain(ADMIN.name);
			expect(await members.first().textContent()).toContain('Team lead');
			await heading(admin, 'Add a staff member', 2).waitFor();
			await a11y(admin, '/teams/<id>');

			await admin.getByLabel('Role on the team', { exact: true }).selectOption({ label: 'Member' });
			await admin.getByLabel('Email address', { exact: true }).fill(STAFF.email);
			await admin.getByLabel('Email address', { exact: true }).press('Enter');

			await poll(() => admin.getByRole('status').textContent()).toBe(
				`${STAFF.email} was added to the team.`
			);
			await poll(() => members.count()).toBe(2);
			expect(await members.filter({ hasText: STAFF.name }).textContent()).toContain(STAFF.email);
			expect(await members.filter({ hasText: STAFF.name }).textContent()).not.toContain(
				'Team lead'
			);
			await a11y(admin, '/teams/<id> after adding a member');
			await screenshot(admin, 'team');

			// Adding someone without an account explains what to do.
			await admin.getByLabel('Email address', { exact: true }).fill('nobody@school.example');
			await admin.getByLabel('Email address', { exact: true }).press('Enter');
			await expectAlert(
				admin,
				'No staff account uses nobody@school.example. Invite them first, then add them.'
			);
			await a11y(admin, '/teams/<id> with an error');

			await admin.goto(app.url + '/');
			await settle(admin);
			const team = admin.getByRole('listitem').filter({ hasText: 'Room 12 support team' });
			await team.waitFor();
			expect(await team.textContent()).toContain('2 members');
			expect(await team.textContent()).toContain('Team lead');
			await a11y(admin, '/ with a team');
			await screenshot(admin, 'home');
		});

		it("lists the team on the member's home page", async () => {
			await staff.goto(app.url + '/');
			await settle(staff);
			const team = staff.getByRole('link', { name: 'Room 12 support team' });
			await team.waitFor();
			expect(
				await staff.getByRole('listitem').filter({ hasText: 'Room 12 support team' }).textContent()
			).toContain('2 members');
			await team.focus();
			await staff.keyboard.press('Enter');
			await staff.waitForURL(teamUrl);
			await heading(staff, 'Room 12 support team').waitFor();
			// A plain member sees the team but cannot manage it.
			expect(await staff.getByRole('heading', { name: 'Add a staff member' }).count()).toBe(0);
			expect(await staff.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
			await a11y(staff, '/teams/<id> for a member (phone)');
		});

		it('shows a readable 404 page', async () => {
			const res = await admin.goto(app.url + '/no-such-page');
			expect(res?.status()).toBe(404);
			await heading(admin, 'Page not found').waitFor();
			await admin.getByRole('link', { name: 'Go to the home page' }).waitFor();
			await a11y(admin, '404 page');

			// A team that does not exist is a 404 too, not a crash.
			const missing = await admin.goto(app.url + '/teams/00000000-0000-4000-8000-000000000000');
			expect(missing?.status()).toBe(404);
			await heading(admin, 'Page not found').waitFor();
			await a11y(admin, '404 page for a missing team');
		});
	});

	describe('signing in and out', () => {
		const app = useServer(browsers);

		it('gives the same message for a wrong password and an unknown email, then rate-limits', async () => {
			const admin = await newPage();
			await setUpAdmin(admin, app.url);

			const page = await newPage(PHONE);
			await page.goto(app.url + '/');
			await settle(page);
			expect(path(page)).toBe('/login');
			await heading(page, 'Sign in').waitFor();
			await a11y(page, '/login (phone)');

			const email = page.getByLabel('Email address', { exact: true });

			// Failure 1 for the account: wrong password.
			const first = await submitSignIn(page, ADMIN.email, 'not the password at all');
			const body = await first.text();
			expect(body).toContain(WRONG_CREDENTIALS);
			expect(body, 'the password is not echoed back').not.toContain('not the password at all');
			await expectAlert(page, WRONG_CREDENTIALS);
			expect(path(page)).toBe('/login');
			expect(await email.inputValue()).toBe(ADMIN.email);
			await a11y(page, '/login with an error (phone)');
			await screenshot(page, 'login-error');

			// An unknown email address gets exactly the same answer (checked in the action's own response,
			// since the message on screen does not change).
			const unknown = await submitSignIn(page, 'nobody@school.example', 'not the password at all');
			expect(await unknown.text()).toContain(WRONG_CREDENTIALS);
			await expectAlert(page, WRONG_CREDENTIALS);
			expect(await email.inputValue()).toBe('nobody@school.example');

			// Failures 2..5 for the account still say the credentials are wrong...
			for (let i = 2; i <= 5; i++) {
				const res = await submitSignIn(page, ADMIN.email, `wrong password number ${i}`);
				expect(await res.text(), `failure ${i}`).toContain(WRONG_CREDENTIALS);
				await expectAlert(page, WRONG_CREDENTIALS);
			}
			// ...and after five, even the right password is refused for a while.
			await submitSignIn(page, ADMIN.email, ADMIN.password);
			await poll(() => alertText(page)).toMatch(TOO_MANY);
			expect(path(page)).toBe('/login');
			await a11y(page, '/login rate-limited (phone)');
			await page.goto(app.url + '/');
			expect(path(page)).toBe('/login');
		});

		it('signs out and says so', async () => {
			const admin = onlyPage(0);
			await admin.goto(app.url + '/');
			await settle(admin);
			await heading(admin, `Welcome, ${ADMIN.name}`).waitFor();

			await admin.getByRole('button', { name: 'Sign out' }).focus();
			await admin.keyboard.press('Enter');
			await admin.waitForURL(app.url + '/login?signedOut=1');
			await poll(() => admin.getByRole('status').textContent()).toBe('You have signed out.');
			expect(await admin.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
			await a11y(admin, '/login after signing out');

			// The session is really gone, on the server too.
			await admin.goto(app.url + '/');
			expect(path(admin)).toBe('/login');
			await admin.goto(app.url + '/admin/invitations');
			expect(path(admin)).toBe('/login');
		});
	});

	describe('data kept across a restart', () => {
		const app = useServer(browsers);

		it('keeps accounts, sessions and teams after SIGTERM and a new server on the same DATA_DIR', async () => {
			const admin = await newPage();
			await setUpAdmin(admin, app.url);
			await createTeam(admin, app.url, 'Grade 3 IEP team');

			expect(await app.restart()).toBe(0);

			// A fresh browser signs in with the same credentials...
			const page = await newPage();
			await page.goto(app.url + '/');
			await settle(page);
			expect(path(page)).toBe('/login');
			await submitSignIn(page, ADMIN.email, ADMIN.password);
			await page.waitForURL(app.url + '/');
			await heading(page, `Welcome, ${ADMIN.name}`).waitFor();
			const team = page.getByRole('link', { name: 'Grade 3 IEP team' });
			await team.waitFor();
			await team.focus();
			await page.keyboard.press('Enter');
			await heading(page, 'Grade 3 IEP team').waitFor();
			expect(await page.getByRole('region', { name: 'Members' }).textContent()).toContain(
				ADMIN.name
			);

			// ...and the old session survived too (cookies are per host, not per port).
			await admin.goto(app.url + '/');
			await heading(admin, `Welcome, ${ADMIN.name}`).waitFor();
			expect(path(admin)).toBe('/');
		});
	});

	// -------------------------------------------------------------------------------------------------
	// Helpers that need the suite's state
});

/** The page of the n-th browser context opened in the current flow. */
function onlyPage(n: number): Page {
	const page = browsers.contexts[n]?.pages()[0];
	if (!page) throw new Error(`no browser context #${n} in this flow`);
	return page;
}

/** Retries `fn` until the assertion holds, for up to 15 s. */
function poll<T>(fn: () => Promise<T>) {
	return expect.poll(fn, { timeout: 15_000, interval: 100 });
}

async function alertText(page: Page): Promise<string | null> {
	const alert = page.locator('p.alert.error[role=alert]');
	return (await alert.count()) === 1 ? ((await alert.textContent())?.trim() ?? null) : null;
}

async function expectAlert(page: Page, text: string): Promise<void> {
	await poll(() => alertText(page)).toBe(text);
}

/** Fills and submits the sign-in form; resolves with the form action's response once it has arrived. */
async function submitSignIn(page: Page, email: string, password: string): Promise<Response> {
	await page.getByLabel('Email address', { exact: true }).fill(email);
	await page.getByLabel('Password', { exact: true }).fill(password);
	const response = page.waitForResponse(
		(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'
	);
	await page.getByLabel('Password', { exact: true }).press('Enter');
	return response;
}

async function setUpAdmin(page: Page, base: string): Promise<void> {
	await page.goto(base + '/setup');
	await settle(page);
	await page.getByLabel('Your name', { exact: true }).fill(ADMIN.name);
	await page.getByLabel('Email address', { exact: true }).fill(ADMIN.email);
	await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
	await page.getByLabel('Password', { exact: true }).press('Enter');
	await page.waitForURL(base + '/');
	await heading(page, `Welcome, ${ADMIN.name}`).waitFor();
}

async function createTeam(page: Page, base: string, name: string): Promise<string> {
	await page.goto(base + '/teams/new');
	await settle(page);
	await page.getByLabel('Team name', { exact: true }).fill(name);
	await page.getByLabel('Team name', { exact: true }).press('Enter');
	await page.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
	await heading(page, name).waitFor();
	return page.url();
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

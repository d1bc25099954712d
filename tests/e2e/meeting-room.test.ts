import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { PHONE, PROJECTOR, LAPTOP, e2eSuite, screenshot } from '../helpers/browser';
import {
	a11y,
	Browsers,
	heading,
	live,
	path,
	poll,
	settle,
	text,
	useServer,
	useStages
} from '../helpers/e2e';

/*
 * End-to-end: one whole IEP meeting, from an empty install to "Ended", in three real Chromium contexts at
 * once — the facilitator's laptop, the projector in the room (same staff session) and a parent's phone that
 * joins through the lobby. Every change is made on one screen and checked on the others without reloading.
 * The tests in this file run in order and share state; each one is a stage of the same meeting.
 */

const suite = e2eSuite();

const ADMIN = {
	name: 'Ada Lovelace',
	email: 'ada@school.example',
	password: 'correct horse battery staple'
};
const PARENT = 'Maria Garcia';
const TEAM = 'Room 12 support team';
const STUDENT = 'Sam';
const MEETING = 'Annual IEP review for Sam';
const CONCERN = 'Sam gets very tired after the bus ride. Can we talk about it?';

const FIRST = 'Welcome and roles';
const SECOND = 'Strengths and celebrations';
/** The nine items of the built-in "IEP annual review" agenda, in order. */
const IEP_AGENDA = [
	FIRST,
	SECOND,
	'Parent input and concerns',
	'How the student is doing now',
	'Goals review',
	'Services and accommodations',
	'Questions',
	'Action items and next steps',
	'Review before you sign'
];

const NEW_ITEM = 'Bus transportation';
const EDITED_ITEM = 'Bus transportation plan';

// ---------------------------------------------------------------------------------------------------------
// Shared plumbing

const browsers = new Browsers();
const newPage = browsers.newPage;

suite('an IEP meeting in three browsers: facilitator, projector and a parent', () => {
	const app = useServer(browsers);

	let facilitator: Page;
	let projector: Page;
	let parent: Page;
	let meetingUrl: string;
	let joinLink: string;

	beforeAll(async () => {
		await browsers.launch();
	});

	useStages();

	afterAll(async () => {
		await browsers.close();
	});

	afterEach(() => {
		expect(browsers.pageErrors.splice(0), 'uncaught errors in the page').toEqual([]);
	});

	it('lets the first administrator create a team, a student and the meeting', async () => {
		facilitator = await newPage(LAPTOP);
		await facilitator.goto(app.url + '/');
		await settle(facilitator);
		expect(path(facilitator)).toBe('/setup');
		await facilitator.getByLabel('Your name', { exact: true }).fill(ADMIN.name);
		await facilitator.getByLabel('Email address', { exact: true }).fill(ADMIN.email);
		await facilitator.getByLabel('Password', { exact: true }).fill(ADMIN.password);
		await facilitator.getByRole('button', { name: 'Create administrator' }).click();
		await facilitator.waitForURL(app.url + '/');
		await heading(facilitator, `Welcome, ${ADMIN.name}`).waitFor();

		// A team...
		await facilitator.getByRole('link', { name: 'New team' }).click();
		await facilitator.waitForURL(app.url + '/teams/new');
		await settle(facilitator);
		await facilitator.getByLabel('Team name', { exact: true }).fill(TEAM);
		await facilitator.getByRole('button', { name: 'Create team' }).click();
		await facilitator.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
		await heading(facilitator, TEAM).waitFor();
		await settle(facilitator);

		// ...with a student...
		await facilitator.getByText('Add a student', { exact: true }).click();
		await facilitator.getByLabel('First name', { exact: true }).fill(STUDENT);
		await facilitator.getByRole('button', { name: 'Add student' }).click();
		await poll(() => facilitator.getByRole('status').textContent()).toBe(`${STUDENT} was added.`);
		await facilitator.getByRole('link', { name: STUDENT }).waitFor();

		// ...and a meeting about them, from the IEP annual review template.
		await facilitator.getByRole('link', { name: 'New meeting' }).click();
		await facilitator.waitForURL(/\/meetings\/new\?team=[0-9a-f-]{36}$/);
		await heading(facilitator, 'New meeting').waitFor();
		await settle(facilitator);
		await a11y(facilitator, '/meetings/new');
		const template = facilitator.getByLabel('Starting agenda', { exact: true });
		expect(await template.locator('option:checked').textContent()).toContain('IEP annual review');
		await facilitator.getByLabel('Meeting title', { exact: true }).fill(MEETING);
		await facilitator
			.getByLabel('Student (for IEP and student-support meetings)', { exact: true })
			.selectOption({ label: STUDENT });
		await facilitator.getByRole('button', { name: 'Create meeting' }).click();

		await facilitator.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
		meetingUrl = facilitator.url();
		await heading(facilitator, MEETING).waitFor();
		await live(facilitator);
		expect(await text(facilitator.getByTestId('meeting-status'))).toBe('Not started');
		expect(await titles(facilitator)).toEqual(IEP_AGENDA);
		expect(await facilitator.getByText(`Student: ${STUDENT}`).count()).toBe(1);
		expect(await text(facilitator.getByTestId('current-item').getByRole('heading'))).toBe(
			'The meeting has not started yet'
		);
		await a11y(facilitator, '/meetings/<id> for the facilitator, before the start');
	});

	it('shows the projector view, with a QR code to join, in a second window', async () => {
		// A second browser with the facilitator's cookies, as on the room's computer.
		projector = await newPage({
			...PROJECTOR,
			storageState: await facilitator.context().storageState()
		});
		await projector.goto(meetingUrl + '/present');
		await settle(projector);
		const screen = projector.getByTestId('projector');
		await screen.waitFor();
		await heading(projector, MEETING).waitFor();
		await screen.getByRole('heading', { name: 'The meeting has not started yet' }).waitFor();
		expect(await projector.getByTestId('projector-item').count()).toBe(0);
		expect(await projector.locator('.qr[role=img] svg').count()).toBe(1);
		expect(await text(projector.getByTestId('projector-join-url'))).toMatch(
			new RegExp(`^${escapeRe(app.url)}/join/[a-z2-7]{20,64}$`)
		);
		// The staff session is the facilitator's: the same person is listed once, however many windows.
		await poll(() => presenceNames(projector)).toEqual([ADMIN.name]);
		await poll(() => presenceNames(facilitator)).toEqual([ADMIN.name]);
		await a11y(projector, '/meetings/<id>/present before the start');
	});

	it('lets a parent join on a phone, wait in the lobby and send a concern before being let in', async () => {
		// The facilitator makes a join link; guests wait in the lobby unless told otherwise.
		await facilitator.getByRole('heading', { name: 'Links for parents and guests' }).waitFor();
		expect(await facilitator.getByLabel('What they can do', { exact: true }).inputValue()).toBe(
			'participant'
		);
		const lobbyBox = facilitator.getByLabel('Guests wait until you let them in', { exact: true });
		expect(await lobbyBox.isChecked()).toBe(true);
		await facilitator.getByRole('button', { name: 'Create link', exact: true }).click();
		const link = facilitator.getByTestId('join-link');
		await link.waitFor();
		joinLink = await link.inputValue();
		expect(joinLink).toMatch(new RegExp(`^${escapeRe(app.url)}/join/[a-z2-7]{20,64}$`));
		await live(facilitator);

		// The parent opens it on their phone.
		parent = await newPage(PHONE);
		await parent.goto(joinLink);
		await settle(parent);
		await heading(parent, `Join: ${MEETING}`).waitFor();
		await parent.getByText('Someone will let you in when the meeting is ready.').waitFor();
		const relations = parent.getByRole('group', { name: 'I am joining as' });
		expect(await relations.getByLabel('Parent or guardian', { exact: true }).isChecked()).toBe(
			true
		);
		await a11y(parent, '/join/<token> (phone)');
		await parent.getByLabel('Your name', { exact: true }).fill(PARENT);
		await parent.getByRole('button', { name: 'Join the meeting' }).click();

		await parent.waitForURL(meetingUrl);
		const waiting = parent.getByTestId('waiting');
		await waiting.waitFor();
		await waiting
			.getByText(`Thank you, ${PARENT}. You are waiting to be let in to the meeting.`)
			.waitFor();
		await settle(parent);
		await a11y(parent, '/meetings/<id> waiting in the lobby (phone)');

		// The facilitator sees them waiting, by name and relation, without reloading.
		const lobby = facilitator.getByTestId('lobby');
		await lobby.getByRole('listitem').filter({ hasText: PARENT }).waitFor();
		expect(await text(lobby.getByRole('listitem').filter({ hasText: PARENT }))).toContain(
			'(Parent or guardian)'
		);
		await lobby.getByRole('button', { name: named('Let in', PARENT) }).waitFor();
		await lobby.getByRole('button', { name: named('Turn away', PARENT) }).waitFor();
		// Waiting is not being in the meeting.
		expect(await presenceNames(facilitator)).toEqual([ADMIN.name]);

		// While waiting, the parent shares a concern.
		await heading(parent, 'Share a concern or question', 2).waitFor();
		const kinds = parent.getByRole('group', { name: 'This is a' });
		await kinds.getByLabel('Concern', { exact: true }).check();
		await parent.getByLabel('What would you like to talk about?', { exact: true }).fill(CONCERN);
		await parent.getByRole('button', { name: 'Send', exact: true }).click();
		await poll(() => parent.getByRole('status').filter({ hasText: 'Thank you.' }).count()).toBe(1);
		await parent.getByRole('heading', { name: 'What you have sent' }).waitFor();
		const sent = parent.getByRole('listitem').filter({ hasText: CONCERN });
		await sent.waitFor();
		expect(await text(sent)).toContain('Sent');
		expect(
			await parent.getByLabel('What would you like to talk about?', { exact: true }).inputValue()
		).toBe('');
		// Still waiting.
		await waiting.waitFor();

		// It reaches the facilitator live.
		const proposals = facilitator.getByRole('region', {
			name: 'Concerns and questions from guests'
		});
		await proposals.waitFor();
		const proposal = proposals.getByRole('listitem').filter({ hasText: CONCERN });
		await proposal.waitFor();
		expect(await text(proposal)).toContain('Concern');
		expect(await text(proposal)).toContain(`— ${PARENT}`);
	});

	it('lets the parent in, and everybody sees who is here', async () => {
		await facilitator.getByRole('button', { name: named('Let in', PARENT) }).click();

		// The parent's page switches to the meeting by itself.
		await parent.getByTestId('current-item').waitFor();
		expect(await parent.getByTestId('waiting').count()).toBe(0);
		await heading(parent, MEETING).waitFor();
		await live(parent);
		expect(await text(parent.getByTestId('meeting-status'))).toBe('Not started');
		expect(await titles(parent)).toEqual(IEP_AGENDA);
		// A guest gets no controls.
		expect(await parent.getByRole('button', { name: 'Start the meeting' }).count()).toBe(0);
		expect(await parent.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
		expect(await parent.getByRole('button', { name: /^Reorder/ }).count()).toBe(0);

		const lobby = facilitator.getByTestId('lobby');
		await lobby.getByText('Nobody is waiting.').waitFor();
		await lobby.getByText(`In the meeting: ${PARENT}`).waitFor();

		for (const page of [facilitator, projector, parent]) {
			await poll(() => presenceNames(page)).toEqual([ADMIN.name, PARENT].sort());
		}
		for (const page of [facilitator, projector]) {
			expect(await text(presenceEntry(page, PARENT))).toContain('(Parent or guardian)');
			expect(await text(presenceEntry(page, ADMIN.name))).toContain('(facilitator)');
		}
	});

	it("puts the parent's concern on the agenda, and the parent sees it appear", async () => {
		const proposals = facilitator.getByRole('region', {
			name: 'Concerns and questions from guests'
		});
		await proposals
			.getByRole('listitem')
			.filter({ hasText: CONCERN })
			.getByRole('button', { name: 'Add to agenda' })
			.click();

		const withConcern = [...IEP_AGENDA, CONCERN];
		await poll(() => titles(facilitator)).toEqual(withConcern);
		await poll(() => titles(parent)).toEqual(withConcern);
		// Handled proposals leave the list (the whole card goes when nothing is left).
		await poll(() => proposals.count()).toBe(0);
		// The parent is named as the one who raised it.
		const item = agendaItem(parent, CONCERN);
		expect(await text(item)).toContain(`Led by ${PARENT}`);
		expect(await text(item)).toContain('Discussion');
	});

	it('starts the meeting on every screen', async () => {
		await facilitator.getByRole('button', { name: 'Start the meeting' }).click();

		for (const page of [facilitator, parent]) {
			await poll(() => text(page.getByTestId('meeting-status'))).toBe('In progress');
			await poll(() => text(page.getByTestId('current-title'))).toBe(FIRST);
			await poll(() => text(nextLine(page))).toBe(`Next: ${SECOND}`);
		}
		await poll(() => text(projector.getByTestId('projector-item'))).toBe(FIRST);
		await poll(() => text(nextLine(projector))).toBe(`Next: ${SECOND}`);

		// The first item's five minutes run down on all three screens.
		for (const page of [facilitator, projector, parent]) {
			await poll(() => timer(page)).toMatchObject({ state: 'Time left' });
			const { seconds } = await timer(page);
			expect(seconds).toBeGreaterThan(4 * 60);
			expect(seconds).toBeLessThanOrEqual(5 * 60);
			await poll(async () => (await timer(page)).seconds).toBeLessThan(seconds);
		}
		expect(await agendaItem(facilitator, FIRST).getAttribute('aria-current')).toBe('step');
		expect(await agendaItem(parent, FIRST).getAttribute('aria-current')).toBe('step');
		expect(await facilitator.getByRole('button', { name: 'Start the meeting' }).count()).toBe(0);
	});

	it('shows agenda edits live: add, edit, reorder by keyboard and by the arrow buttons', async () => {
		const before = [...IEP_AGENDA, CONCERN];

		// Add an item.
		await facilitator.getByText('Add an agenda item', { exact: true }).click();
		const add = facilitator
			.locator('details')
			.filter({ has: facilitator.getByText('Add an agenda item', { exact: true }) });
		await add.getByLabel('Item title', { exact: true }).fill(NEW_ITEM);
		await add.getByLabel('Minutes', { exact: true }).fill('5');
		await add.getByLabel('Type', { exact: true }).selectOption({ label: 'Decision' });
		await add.getByLabel('Presenter (optional)', { exact: true }).fill('Mr. Okafor');
		await add
			.getByLabel('Details (optional)', { exact: true })
			.fill('Which bus, pick-up time, and a quiet seat.');
		await add.getByRole('button', { name: 'Add item' }).click();
		let order = [...before, NEW_ITEM];
		await poll(() => titles(facilitator)).toEqual(order);
		await poll(() => titles(parent)).toEqual(order);
		expect(await text(agendaItem(parent, NEW_ITEM))).toContain('Led by Mr. Okafor');
		expect(await text(agendaItem(parent, NEW_ITEM))).toContain('5 min');
		expect(await add.getByLabel('Item title', { exact: true }).inputValue()).toBe('');

		// Edit it: a new title and length.
		await facilitator.getByRole('button', { name: named('Edit', NEW_ITEM) }).click();
		const editing = facilitator
			.getByTestId('agenda-item')
			.filter({ hasText: `Editing “${NEW_ITEM}”` });
		await editing.waitFor();
		await editing.getByLabel('Item title', { exact: true }).fill(EDITED_ITEM);
		await editing.getByLabel('Minutes', { exact: true }).fill('7');
		await editing.getByRole('button', { name: 'Save', exact: true }).click();
		order = [...before, EDITED_ITEM];
		await poll(() => titles(facilitator)).toEqual(order);
		await poll(() => titles(parent)).toEqual(order);
		await poll(() => text(agendaItem(parent, EDITED_ITEM))).toContain('7 min');
		expect(await text(agendaItem(parent, EDITED_ITEM))).toContain('Decision');

		// Reorder with the keyboard: focus the drag handle, Alt+ArrowUp, once per step, up to third place
		// (just after the next item).
		const handle = facilitator.getByRole('button', { name: `Reorder ${EDITED_ITEM}`, exact: true });
		let focusKept = true;
		while (order.indexOf(EDITED_ITEM) > 2) {
			if (!(await isFocused(handle))) await handle.focus();
			await facilitator.keyboard.press('Alt+ArrowUp');
			order = moved(order, EDITED_ITEM, -1);
			await poll(() => titles(facilitator)).toEqual(order);
			await poll(() => titles(parent)).toEqual(order);
			focusKept &&= await isFocused(handle);
		}
		// The move is announced to screen readers, and the keyboard stays on the item being moved.
		await poll(() =>
			text(facilitator.locator('[aria-live=polite]').filter({ hasText: 'moved' }))
		).toBe(`${EDITED_ITEM} moved to position 3.`);
		expect(focusKept, 'focus stays on the drag handle after Alt+ArrowUp').toBe(true);
		// Still behind the next item: the projector's "Next" line has not changed.
		expect(await text(nextLine(projector))).toBe(`Next: ${SECOND}`);

		// ↑ makes it the next item: the projector and the parent show it as "Next".
		await facilitator.getByRole('button', { name: `Move up: ${EDITED_ITEM}`, exact: true }).click();
		order = moved(order, EDITED_ITEM, -1);
		await poll(() => titles(facilitator)).toEqual(order);
		await poll(() => titles(parent)).toEqual(order);
		for (const page of [facilitator, projector, parent]) {
			await poll(() => text(nextLine(page))).toBe(`Next: ${EDITED_ITEM}`);
		}

		// ↓ puts it back, and "Next" follows.
		await facilitator
			.getByRole('button', { name: `Move down: ${EDITED_ITEM}`, exact: true })
			.click();
		order = moved(order, EDITED_ITEM, +1);
		await poll(() => titles(facilitator)).toEqual(order);
		await poll(() => titles(parent)).toEqual(order);
		for (const page of [facilitator, projector, parent]) {
			await poll(() => text(nextLine(page))).toBe(`Next: ${SECOND}`);
		}

		// And ↑ once more: it is next.
		await facilitator.getByRole('button', { name: `Move up: ${EDITED_ITEM}`, exact: true }).click();
		order = moved(order, EDITED_ITEM, -1);
		expect(order.slice(0, 3)).toEqual([FIRST, EDITED_ITEM, SECOND]);
		await poll(() => titles(facilitator)).toEqual(order);
		await poll(() => titles(parent)).toEqual(order);
		for (const page of [facilitator, projector, parent]) {
			await poll(() => text(nextLine(page))).toBe(`Next: ${EDITED_ITEM}`);
		}
		// The first item cannot go further up.
		expect(
			await facilitator.getByRole('button', { name: `Move up: ${FIRST}`, exact: true }).isDisabled()
		).toBe(true);
		await a11y(facilitator, '/meetings/<id> for the facilitator, live');
	});

	it('moves to the next item, and pauses and extends its timer, on every screen', async () => {
		await facilitator.getByRole('button', { name: 'Next item', exact: true }).click();

		for (const page of [facilitator, parent]) {
			await poll(() => text(page.getByTestId('current-title'))).toBe(EDITED_ITEM);
			await poll(() => text(nextLine(page))).toBe(`Next: ${SECOND}`);
		}
		await poll(() => text(projector.getByTestId('projector-item'))).toBe(EDITED_ITEM);
		await poll(() => text(projector.getByText('Led by Mr. Okafor'))).toBe('Led by Mr. Okafor');
		expect(await agendaItem(parent, EDITED_ITEM).getAttribute('aria-current')).toBe('step');
		// The new item's timer starts at its edited length, seven minutes.
		for (const page of [facilitator, projector, parent]) {
			await poll(async () => (await timer(page)).seconds).toBeGreaterThan(6 * 60);
			const t = await timer(page);
			expect(t.state).toBe('Time left');
			expect(t.seconds).toBeLessThanOrEqual(7 * 60);
		}

		// Pause: the clock stops everywhere, at the same time.
		await facilitator.getByRole('button', { name: 'Pause timer', exact: true }).click();
		await facilitator.getByRole('button', { name: 'Start timer', exact: true }).waitFor();
		for (const page of [facilitator, projector, parent]) {
			await poll(async () => (await timer(page)).state).toBe('Paused');
		}
		const paused = (await timer(facilitator)).seconds;
		expect(paused).toBeGreaterThan(6 * 60);
		for (const page of [projector, parent]) {
			expect((await timer(page)).seconds).toBe(paused);
		}
		// It really stays put (the one deliberate wait: proving that nothing changes takes time).
		await projector.waitForTimeout(1_200);
		expect((await timer(projector)).seconds).toBe(paused);

		// +1 minute, still paused.
		await facilitator.getByRole('button', { name: '+1 minute', exact: true }).click();
		for (const page of [facilitator, projector, parent]) {
			await poll(async () => await timer(page)).toEqual({ seconds: paused + 60, state: 'Paused' });
		}

		// Start again.
		await facilitator.getByRole('button', { name: 'Start timer', exact: true }).click();
		for (const page of [facilitator, projector, parent]) {
			await poll(async () => (await timer(page)).state).toBe('Time left');
			await poll(async () => (await timer(page)).seconds).toBeLessThan(paused + 60);
		}
		await facilitator.getByRole('button', { name: 'Pause timer', exact: true }).waitFor();
	});

	it('records a decision that the parent sees at once', async () => {
		const decision =
			'Sam rides the early bus with a quiet front seat; the nurse checks in at 9:00.';
		const agreed = `${PARENT}, ${ADMIN.name}`;
		await facilitator.getByRole('button', { name: named('Record decision', EDITED_ITEM) }).click();
		const item = agendaItem(facilitator, EDITED_ITEM);
		await item.getByLabel('What was decided', { exact: true }).fill(decision);
		await item.getByLabel('Who agreed (optional)', { exact: true }).fill(agreed);
		await item.getByRole('button', { name: 'Save decision', exact: true }).click();

		for (const page of [facilitator, parent]) {
			const shown = agendaItem(page, EDITED_ITEM).getByTestId('decision');
			await poll(() => text(shown)).toMatch(
				new RegExp(`^Decision: ${escapeRe(decision)} — agreed by ${escapeRe(agreed)}\\b`)
			);
		}
		expect(await item.getByLabel('What was decided', { exact: true }).count()).toBe(0);

		// The three screens as they look mid-meeting.
		await settle(parent);
		await a11y(parent, '/meetings/<id> for the parent, live (phone)');
		await a11y(projector, '/meetings/<id>/present, live');
		await a11y(facilitator, '/meetings/<id> for the facilitator, live, with a decision');
		await screenshot(projector, 'projector-live');
		await screenshot(parent, 'parent-phone-live');
		await screenshot(facilitator, 'facilitator-live');
	});

	it('ends the meeting for everyone', async () => {
		let confirmMessage: string | null = null;
		facilitator.once('dialog', (d) => {
			confirmMessage = d.message();
			void d.accept();
		});
		await facilitator.getByRole('button', { name: 'End the meeting', exact: true }).click();
		await poll(() => confirmMessage).toBe('End the meeting for everyone?');

		for (const page of [facilitator, parent]) {
			await poll(() => text(page.getByTestId('meeting-status'))).toBe('Ended');
			await poll(() => text(page.getByTestId('current-item').getByRole('heading'))).toBe(
				'The meeting has ended. Thank you!'
			);
			expect(await page.getByTestId('current-title').count()).toBe(0);
			expect(await page.getByTestId('timer').count()).toBe(0);
		}
		await projector
			.getByTestId('projector')
			.getByRole('heading', { name: 'The meeting has ended. Thank you!' })
			.waitFor();
		expect(await projector.getByTestId('projector-item').count()).toBe(0);
		expect(await projector.getByTestId('timer').count()).toBe(0);
		// Nobody can join a finished meeting: the QR code goes.
		await poll(() => projector.getByTestId('projector-join-url').count()).toBe(0);

		// The record stays: the decision is still there, but nothing can be changed any more.
		await facilitator.getByText('This meeting has ended.', { exact: true }).waitFor();
		expect(await facilitator.getByRole('button', { name: /^(Edit|Record decision)/ }).count()).toBe(
			0
		);
		expect(await facilitator.getByText('Add an agenda item').count()).toBe(0);
		expect(await agendaItem(parent, EDITED_ITEM).getByTestId('decision').count()).toBe(1);
		// The parent can no longer send concerns.
		expect(await parent.getByRole('heading', { name: 'Share a concern or question' }).count()).toBe(
			0
		);
	});

	// -------------------------------------------------------------------------------------------------
	// Helpers that need the suite's state
});

/** The agenda's titles, in order, as this page shows them. */
async function titles(page: Page): Promise<string[]> {
	return page.getByTestId('agenda-item').locator('.title').allTextContents();
}

function agendaItem(page: Page, title: string): Locator {
	return page
		.getByTestId('agenda-item')
		.filter({ has: page.locator('.title').getByText(title, { exact: true }) });
}

/** The "Next: …" line under the current item (meeting page and projector). */
function nextLine(page: Page): Locator {
	const box = page.getByTestId('current-item').or(page.getByTestId('projector'));
	return box.getByText(/^Next: /);
}

/** The names in the "Who is here" list. */
async function presenceNames(page: Page): Promise<string[]> {
	const entries = await page.getByTestId('presence').getByRole('listitem').allTextContents();
	return entries.map((e) => e.replace(/\s*\(.*\)\s*$/, '').trim()).sort();
}

function presenceEntry(page: Page, name: string): Locator {
	return page.getByTestId('presence').getByRole('listitem').filter({ hasText: name });
}

/** The timer as shown: seconds left (negative when over time; NaN when none shows) and its state line. */
async function timer(page: Page): Promise<{ seconds: number; state: string }> {
	const box = page.getByTestId('timer');
	if ((await box.count()) !== 1) return { seconds: NaN, state: '' };
	const clock = (await box.locator('.clock').textContent())?.trim() ?? '';
	const state = (await box.locator('.state').textContent())?.trim() ?? '';
	const m = /^(\+?)(\d+):(\d{2})$/.exec(clock);
	if (!m) return { seconds: NaN, state };
	const seconds = Number(m[2]) * 60 + Number(m[3]);
	return { seconds: m[1] ? -seconds : seconds, state };
}

async function isFocused(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** `order` with `title` moved `by` places. */
function moved(order: string[], title: string, by: number): string[] {
	const next = [...order];
	const from = next.indexOf(title);
	next.splice(from, 1);
	next.splice(from + by, 0, title);
	return next;
}

/**
 * The accessible name of a button whose visible label is followed by a visually hidden ": <what>" (a
 * `.sr-only` span). Chromium computes it with a space before the colon ("Let in : Maria Garcia") because the
 * span is absolutely positioned, so both spellings are accepted here.
 */
function named(label: string, what: string): RegExp {
	return new RegExp(`^${escapeRe(label)} ?: ${escapeRe(what)}$`);
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

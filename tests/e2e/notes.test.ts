import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { e2eSuite, LAPTOP, PHONE, PROJECTOR, screenshot } from '../helpers/browser';
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
 * End-to-end: the co-edited meeting notes, in four real Chromium contexts at once — the facilitator's
 * laptop, a second staff member's laptop, the projector in the room (the facilitator's session) and a
 * parent's phone. Two people type into the same item's notes at the same time; formatting, named carets,
 * the projector, guest editing, going offline and per-person undo are each checked on the other screens
 * without reloading, and the Markdown download holds the result.
 * The tests in this file run in order and share state; each one is a stage of the same meeting.
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
const PARENT = 'Maria Garcia';
const TEAM = 'Room 12 support team';
const STUDENT = 'Sam';
const MEETING = 'Annual IEP review for Sam';

/** The first item of the built-in "IEP annual review" agenda: the one the notes are taken for. */
const FIRST = 'Welcome and roles';
const SECOND = 'Strengths and celebrations';
const EDITOR_NAME = `Notes for ${FIRST}`;

// What each person types. Short enough to stay on one line, and free of Markdown's special characters so
// the download can be checked word for word.
const FAC_TEXT = 'Ada welcomes everyone and explains the roles';
const STAFF_TEXT = 'Grace takes notes on the family concerns';
const LIST_1 = 'Bus pick-up moves to 7:40';
const LIST_2 = 'Quiet front seat';
const BOLD_TEXT = 'Nurse checks in at 9';
const PARENT_TEXT = 'Maria says Sam sleeps well now';
const OFFLINE_TEXT = 'Written while the wifi was down';

/** The notes' paragraphs (list items included) after each stage. */
const WITH_FORMATTING = [FAC_TEXT, STAFF_TEXT, LIST_1, LIST_2, BOLD_TEXT];
const WITH_PARENT = [...WITH_FORMATTING, PARENT_TEXT];
const WITH_OFFLINE = [...WITH_PARENT, OFFLINE_TEXT];

const SAVED = 'Saved';
const OFFLINE = 'Offline — your changes will be sent when you reconnect';
const READ_ONLY = 'You can read the notes as they are written.';

// ---------------------------------------------------------------------------------------------------------
// Shared plumbing

const browsers = new Browsers();
const newPage = browsers.newPage;

suite('co-edited meeting notes: two staff members, the projector and a parent', () => {
	const app = useServer(browsers);

	let facilitator: Page;
	let staff: Page;
	let projector: Page;
	let parent: Page;
	let meetingUrl: string;

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

	it('invites a second staff member, who signs up on their laptop and joins the team', async () => {
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

		// An invitation link for a staff member...
		await facilitator.goto(app.url + '/admin/invitations');
		await settle(facilitator);
		await heading(facilitator, 'Invite staff').waitFor();
		await facilitator
			.getByLabel('Account type', { exact: true })
			.selectOption({ label: 'Staff member' });
		const email = facilitator.getByLabel('Their email address (optional)', { exact: true });
		await email.fill(STAFF.email);
		await email.press('Enter');
		const link = facilitator.getByTestId('invite-link');
		await link.waitFor();
		const inviteLink = await link.inputValue();
		expect(inviteLink).toMatch(new RegExp(`^${escapeRe(app.url)}/invite/[a-z2-7]{20,64}$`));

		// ...which they open on their own laptop.
		staff = await newPage(LAPTOP);
		await staff.goto(inviteLink);
		await settle(staff);
		await heading(staff, 'Join Roundtable').waitFor();
		await staff.getByLabel('Your name', { exact: true }).fill(STAFF.name);
		await staff.getByLabel('Password', { exact: true }).fill(STAFF.password);
		await staff.getByLabel('Password', { exact: true }).press('Enter');
		await staff.waitForURL(app.url + '/');
		await heading(staff, `Welcome, ${STAFF.name}`).waitFor();

		// The facilitator makes the team and adds them to it.
		await facilitator.goto(app.url + '/teams/new');
		await settle(facilitator);
		await facilitator.getByLabel('Team name', { exact: true }).fill(TEAM);
		await facilitator.getByRole('button', { name: 'Create team' }).click();
		await facilitator.waitForURL(/\/teams\/[0-9a-f-]{36}$/);
		await heading(facilitator, TEAM).waitFor();
		await settle(facilitator);
		await facilitator
			.getByLabel('Role on the team', { exact: true })
			.selectOption({ label: 'Member' });
		await facilitator.getByLabel('Email address', { exact: true }).fill(STAFF.email);
		await facilitator.getByLabel('Email address', { exact: true }).press('Enter');
		await poll(() => facilitator.getByRole('status').textContent()).toBe(
			`${STAFF.email} was added to the team.`
		);
		const members = facilitator.getByRole('region', { name: 'Members' }).getByRole('listitem');
		await poll(() => members.count()).toBe(2);
	});

	it('creates a student and an IEP annual review, and starts it; the projector follows', async () => {
		await facilitator.getByText('Add a student', { exact: true }).click();
		await facilitator.getByLabel('First name', { exact: true }).fill(STUDENT);
		await facilitator.getByRole('button', { name: 'Add student' }).click();
		await poll(() => facilitator.getByRole('status').textContent()).toBe(`${STUDENT} was added.`);
		await facilitator.getByRole('link', { name: STUDENT }).waitFor();

		await facilitator.getByRole('link', { name: 'New meeting' }).click();
		await facilitator.waitForURL(/\/meetings\/new\?team=[0-9a-f-]{36}$/);
		await heading(facilitator, 'New meeting').waitFor();
		await settle(facilitator);
		const template = facilitator.getByLabel('Starting agenda', { exact: true });
		expect(await template.locator('option:checked').textContent()).toContain('IEP annual review');
		await facilitator.getByLabel('Meeting title', { exact: true }).fill(MEETING);
		await facilitator
			.getByLabel('Student (for IEP and student-support meetings)', { exact: true })
			.selectOption({ label: STUDENT });
		const joined = joinAnswered(facilitator);
		await facilitator.getByRole('button', { name: 'Create meeting' }).click();
		await facilitator.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
		meetingUrl = facilitator.url();
		await heading(facilitator, MEETING).waitFor();
		await live(facilitator);
		// "Live" shows as soon as the socket connects, before the page has joined the meeting. Starting the
		// meeting in that moment can make the late answer to the join overwrite the newer "In progress" with
		// the older "Not started" for good (LiveMeeting.join() in src/lib/realtime/meeting.svelte.ts takes the
		// join's snapshot without comparing versions). That race is not what this file tests, so wait for the
		// join here, as a person reading the page would have.
		await joined;

		await facilitator.getByRole('button', { name: 'Start the meeting' }).click();
		await poll(() => text(facilitator.getByTestId('meeting-status'))).toBe('In progress');
		await poll(() => text(facilitator.getByTestId('current-title'))).toBe(FIRST);

		// The projector, on the room's computer with the facilitator's cookies, is there from the start, so
		// everything typed below reaches it live.
		projector = await newPage({
			...PROJECTOR,
			storageState: await facilitator.context().storageState()
		});
		await projector.goto(meetingUrl + '/present');
		await settle(projector);
		await poll(() => text(projector.getByTestId('projector-item'))).toBe(FIRST);
		const notes = projector.getByTestId('projector-notes');
		await notes.getByRole('textbox', { name: EDITOR_NAME, exact: true }).waitFor();
		expect(await notesText(projector)).toBe('');
	});

	it('lets both staff members type into the same notes at once, each seeing the other live', async () => {
		await staff.goto(meetingUrl);
		await settle(staff);
		await heading(staff, MEETING).waitFor();
		await live(staff);

		for (const page of [facilitator, staff]) {
			const card = page.getByRole('region', { name: 'Notes' });
			await card.getByTestId('notes').waitFor();
			// The card follows the current item.
			expect(
				await card.getByLabel('Notes for', { exact: true }).locator('option:checked').textContent()
			).toBe(`1. ${FIRST} (Now)`);
			await editable(page);
			await poll(() => saveState(page)).toBe(SAVED);
			await page
				.getByRole('toolbar', { name: 'Formatting' })
				.getByRole('button', { name: 'Bulleted list', exact: true })
				.waitFor();
		}

		// The facilitator opens the page with an empty line, so each of them has a paragraph of their own
		// (two people typing at the very same spot would interleave their letters, as in any live editor).
		await clickInto(editor(facilitator));
		await facilitator.keyboard.press('Enter');
		await poll(() => editor(staff).locator('p').count()).toBe(2);
		await facilitator.keyboard.press('Control+Home');
		await poll(() => caret(facilitator)).toEqual({ block: 0, before: '', after: '', last: false });
		await clickInto(editor(staff).locator('p').nth(1));
		await poll(() => caret(staff)).toEqual({ block: 1, before: '', after: '', last: true });

		// Both type at the same time, a key every 60 ms.
		let facilitatorDone = false;
		let staffDone = false;
		const typing = Promise.all([
			facilitator.keyboard.type(FAC_TEXT, { delay: 60 }).then(() => (facilitatorDone = true)),
			staff.keyboard.type(STAFF_TEXT, { delay: 60 }).then(() => (staffDone = true))
		]);
		// Each sees the other's first words while the other is still typing.
		await poll(() => notesText(staff)).toContain(FAC_TEXT.slice(0, 12));
		const facilitatorWasTyping = !facilitatorDone;
		await poll(() => notesText(facilitator)).toContain(STAFF_TEXT.slice(0, 12));
		const staffWasTyping = !staffDone;
		await typing;
		expect(facilitatorWasTyping, "the facilitator's text reached the other laptop live").toBe(true);
		expect(staffWasTyping, "the staff member's text reached the facilitator live").toBe(true);

		// Both texts end up, whole, in both editors.
		for (const page of [facilitator, staff]) {
			await poll(() => paragraphs(page)).toEqual([FAC_TEXT, STAFF_TEXT]);
			await poll(() => saveState(page)).toBe(SAVED);
		}
	});

	it('shows formatting made by one staff member on the other laptop: a bulleted list and bold', async () => {
		// The staff member's caret is at the end of their line.
		expect(await caret(staff)).toMatchObject({ block: 1, before: STAFF_TEXT, after: '' });
		await staff.keyboard.press('Enter');
		const bullet = staff
			.getByRole('toolbar', { name: 'Formatting' })
			.getByRole('button', { name: 'Bulleted list', exact: true });
		await bullet.click();
		await poll(() => bullet.getAttribute('aria-pressed')).toBe('true');
		await staff.keyboard.type(LIST_1);
		await staff.keyboard.press('Enter');
		await staff.keyboard.type(LIST_2);
		// Enter twice leaves the list for a plain paragraph.
		await staff.keyboard.press('Enter');
		await staff.keyboard.press('Enter');
		await poll(() => bullet.getAttribute('aria-pressed')).toBe('false');

		const bold = staff
			.getByRole('toolbar', { name: 'Formatting' })
			.getByRole('button', { name: 'Bold', exact: true });
		await staff.keyboard.press('Control+b');
		await staff.keyboard.type(BOLD_TEXT);
		await poll(() => bold.getAttribute('aria-pressed')).toBe('true');
		await staff.keyboard.press('Control+b');

		for (const page of [facilitator, staff]) {
			await poll(() => paragraphs(page)).toEqual(WITH_FORMATTING);
			const list = editor(page).locator('ul');
			await poll(() => list.count()).toBe(1);
			await poll(() => list.locator('li').allTextContents()).toEqual([LIST_1, LIST_2]);
			await poll(() => editor(page).locator('strong').allTextContents()).toEqual([BOLD_TEXT]);
		}
		await poll(() => saveState(staff)).toBe(SAVED);
	});

	it("shows the other person's named caret in the editor", async () => {
		// The staff member's caret is in the editor, just after the bold words.
		expect(await isFocused(editor(staff))).toBe(true);
		const label = editor(facilitator).locator('.collaboration-carets__label');
		await poll(() => label.allTextContents()).toContain(STAFF.name);
		// ...where their caret is: at the end of the bold words.
		const line = editor(facilitator)
			.locator('p')
			.filter({
				has: facilitator.locator('.collaboration-carets__label', { hasText: STAFF.name })
			});
		expect(await paragraphText(line)).toBe(BOLD_TEXT);
		// The facilitator's caret (still in their own line) shows on the other laptop too.
		const theirs = editor(staff).locator('.collaboration-carets__label');
		await poll(() => theirs.allTextContents()).toContain(ADMIN.name);
		// Nobody sees a label with their own name.
		expect(await label.allTextContents()).not.toContain(ADMIN.name);
		expect(await theirs.allTextContents()).not.toContain(STAFF.name);
	});

	it('shows the notes, read-only, on the projector as they are written', async () => {
		const notes = projector.getByTestId('projector-notes');
		await poll(() => paragraphs(projector)).toEqual(WITH_FORMATTING);
		await poll(() => notes.locator('ul li').allTextContents()).toEqual([LIST_1, LIST_2]);
		await poll(() => notes.locator('strong').allTextContents()).toEqual([BOLD_TEXT]);
		// Not editable, no toolbar, no save line and no carets on the wall.
		expect(await editor(projector).getAttribute('contenteditable')).toBe('false');
		expect(await projector.getByRole('toolbar').count()).toBe(0);
		expect(await projector.getByTestId('notes-state').count()).toBe(0);
		expect(await notes.locator('.collaboration-carets__label').count()).toBe(0);
	});

	it('lets a parent read the notes on a phone, and edit them once the facilitator allows it', async () => {
		// A link without the lobby: the parent comes straight in.
		await facilitator.getByRole('heading', { name: 'Links for parents and guests' }).waitFor();
		const lobbyBox = facilitator.getByLabel('Guests wait until you let them in', { exact: true });
		await lobbyBox.uncheck();
		expect(await lobbyBox.isChecked()).toBe(false);
		await facilitator.getByRole('button', { name: 'Create link', exact: true }).click();
		const link = facilitator.getByTestId('join-link');
		await link.waitFor();
		const joinLink = await link.inputValue();
		expect(joinLink).toMatch(new RegExp(`^${escapeRe(app.url)}/join/[a-z2-7]{20,64}$`));

		parent = await newPage(PHONE);
		await parent.goto(joinLink);
		await settle(parent);
		await heading(parent, `Join: ${MEETING}`).waitFor();
		await parent.getByLabel('Your name', { exact: true }).fill(PARENT);
		await parent.getByRole('button', { name: 'Join the meeting' }).click();
		await parent.waitForURL(meetingUrl);
		await parent.getByTestId('current-item').waitFor();
		expect(await parent.getByTestId('waiting').count()).toBe(0);
		await live(parent);

		// Read-only: the notes so far, no toolbar, not editable.
		const card = parent.getByRole('region', { name: 'Notes' });
		await card.getByText(READ_ONLY, { exact: true }).waitFor();
		await poll(() => paragraphs(parent)).toEqual(WITH_FORMATTING);
		expect(await editor(parent).locator('ul li').allTextContents()).toEqual([LIST_1, LIST_2]);
		expect(await editor(parent).locator('strong').allTextContents()).toEqual([BOLD_TEXT]);
		expect(await editor(parent).getAttribute('contenteditable')).toBe('false');
		expect(await editor(parent).getAttribute('aria-readonly')).toBe('true');
		expect(await card.getByRole('toolbar').count()).toBe(0);
		// A guest gets no switch for guest editing.
		expect(await card.getByRole('checkbox').count()).toBe(0);

		// The facilitator lets guests edit this item's notes.
		const allow = facilitator.getByLabel(`Guests may edit the notes for “${FIRST}”`, {
			exact: true
		});
		expect(await allow.isChecked()).toBe(false);
		await allow.check();

		// The parent's editor becomes editable by itself.
		await poll(() => editor(parent).getAttribute('contenteditable')).toBe('true');
		expect(await editor(parent).getAttribute('aria-readonly')).toBe('false');
		await card.getByRole('toolbar', { name: 'Formatting' }).waitFor();
		await poll(() => card.getByText(READ_ONLY, { exact: true }).count()).toBe(0);
		await poll(() => saveState(parent)).toBe(SAVED);

		await clickInto(editor(parent));
		await parent.keyboard.press('Control+End');
		await poll(() => caret(parent)).toMatchObject({ after: '', last: true });
		await parent.keyboard.press('Enter');
		await parent.keyboard.type(PARENT_TEXT);
		for (const page of [parent, facilitator, staff, projector]) {
			await poll(() => paragraphs(page)).toEqual(WITH_PARENT);
		}
		await poll(() => saveState(parent)).toBe(SAVED);
	});

	it('keeps what is typed offline and sends it on reconnecting', async () => {
		const context = staff.context();
		await context.setOffline(true);
		try {
			// socket.io notices the lost connection (at the latest after its ping timeout).
			await expect.poll(() => saveState(staff), { timeout: 60_000, interval: 200 }).toBe(OFFLINE);

			await clickInto(editor(staff));
			await staff.keyboard.press('Control+End');
			await poll(() => caret(staff)).toMatchObject({ before: PARENT_TEXT, after: '', last: true });
			await staff.keyboard.press('Enter');
			await staff.keyboard.type(OFFLINE_TEXT);
			expect(await paragraphs(staff)).toEqual(WITH_OFFLINE);
			expect(await saveState(staff)).toBe(OFFLINE);
			// Nothing reached the others.
			expect(await paragraphs(facilitator)).toEqual(WITH_PARENT);
		} finally {
			await context.setOffline(false);
		}

		// Back online: the text reaches the facilitator and the projector, and is stored.
		await expect.poll(() => paragraphs(facilitator), { timeout: 30_000 }).toEqual(WITH_OFFLINE);
		await poll(() => paragraphs(projector)).toEqual(WITH_OFFLINE);
		await poll(() => saveState(staff)).toBe(SAVED);
		await live(staff);
	});

	it("undoes only one's own edits", async () => {
		// The facilitator adds to their line...
		await clickInto(paragraph(facilitator, FAC_TEXT));
		await facilitator.keyboard.press('End');
		await poll(() => caret(facilitator)).toMatchObject({ block: 0, before: FAC_TEXT, after: '' });
		await facilitator.keyboard.type(' ABC');
		await poll(() => paragraphs(staff)).toContain(`${FAC_TEXT} ABC`);
		await poll(() => saveState(facilitator)).toBe(SAVED);

		// ...then the staff member adds to theirs.
		await clickInto(paragraph(staff, STAFF_TEXT));
		await staff.keyboard.press('End');
		await poll(() => caret(staff)).toMatchObject({ block: 1, before: STAFF_TEXT, after: '' });
		await staff.keyboard.type(' XYZ');
		await poll(() => paragraphs(facilitator)).toContain(`${STAFF_TEXT} XYZ`);

		// The facilitator's Ctrl+Z takes back their own last change, not the newer one by someone else.
		expect(await isFocused(editor(facilitator))).toBe(true);
		await facilitator.keyboard.press('Control+z');
		for (const page of [facilitator, staff, projector]) {
			await poll(() => paragraphs(page)).toEqual([
				FAC_TEXT,
				`${STAFF_TEXT} XYZ`,
				LIST_1,
				LIST_2,
				BOLD_TEXT,
				PARENT_TEXT,
				OFFLINE_TEXT
			]);
		}
		await poll(() => saveState(facilitator)).toBe(SAVED);
		await poll(() => saveState(staff)).toBe(SAVED);
	});

	it('downloads the notes as Markdown, under the item heading', async () => {
		const res = await facilitator.request.get(meetingUrl + '/notes.md');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('text/markdown');
		const md = await res.text();
		expect(md).toContain(`# Notes: ${MEETING}`);
		const first = `## 1. ${FIRST}`;
		const second = `## 2. ${SECOND}`;
		expect(md).toContain(first);
		expect(md).toContain(second);
		const section = md.slice(md.indexOf(first) + first.length, md.indexOf(second));
		const lines = section
			.split('\n')
			.map((l) => l.trimEnd())
			.filter(Boolean);
		expect(lines).toEqual([
			FAC_TEXT,
			`${STAFF_TEXT} XYZ`,
			`- ${LIST_1}`,
			`- ${LIST_2}`,
			`**${BOLD_TEXT}**`,
			PARENT_TEXT,
			OFFLINE_TEXT
		]);
		expect(section).not.toContain('ABC');
		// An item without notes says so.
		expect(md.slice(md.indexOf(second))).toContain('_No notes._');
	});

	it('is accessible with the notes editor on screen, on the laptop and on the phone', async () => {
		await editor(facilitator).scrollIntoViewIfNeeded();
		await a11y(facilitator, '/meetings/<id> for the facilitator, with the notes editor');
		await screenshot(facilitator, 'notes-facilitator');

		await editor(parent).scrollIntoViewIfNeeded();
		await a11y(parent, '/meetings/<id> for the parent, with the notes editor (phone)');
		await screenshot(parent, 'notes-parent-phone');

		await screenshot(projector, 'notes-projector');
	});

	it('keeps the newest notes in view on the projector', async () => {
		// The room reads the notes on the wall as they are written, so what was written last must be on
		// screen, not cut off below the notes' box.
		const notes = projector.getByTestId('projector-notes');
		const newest = notes.locator('p').filter({ hasText: OFFLINE_TEXT });
		const [box, line] = await Promise.all([notes.boundingBox(), newest.boundingBox()]);
		const viewport = projector.viewportSize()!;
		expect(box).not.toBeNull();
		expect(line).not.toBeNull();
		const shown = {
			insideTheNotesBox:
				line!.y >= box!.y - 1 && line!.y + line!.height <= box!.y + box!.height + 1,
			onTheScreen: line!.y >= 0 && line!.y + line!.height <= viewport.height
		};
		expect(
			shown,
			`the newest line of notes ("${OFFLINE_TEXT}", at y=${Math.round(line!.y)}..${Math.round(
				line!.y + line!.height
			)}) is visible in the projector's notes box (y=${Math.round(box!.y)}..${Math.round(
				box!.y + box!.height
			)}, ${viewport.height} px screen)`
		).toEqual({ insideTheNotesBox: true, onTheScreen: true });
	});

	// -------------------------------------------------------------------------------------------------
	// Helpers that need the suite's state
});

/** The editable area of the first item's notes (on the projector too, where it is read-only). */
function editor(page: Page): Locator {
	return page.getByTestId('notes').getByRole('textbox', { name: EDITOR_NAME, exact: true });
}

/**
 * Resolves once the page's socket has the answer to its `meeting:join` (an acknowledgement carrying the
 * meeting's snapshot), over the WebSocket or, before the upgrade, over HTTP long-polling. Call it before the
 * page navigates to the meeting.
 */
function joinAnswered(page: Page): Promise<void> {
	const isJoinAnswer = (payload: string) => /\b43\d*\[\{"ok":true,"snapshot":/.test(payload);
	return new Promise((resolve) => {
		page.on('websocket', (ws) =>
			ws.on('framereceived', ({ payload }) => {
				if (typeof payload === 'string' && isJoinAnswer(payload)) resolve();
			})
		);
		page.on('response', (res) => {
			if (!res.url().includes('/socket.io/') || res.request().method() !== 'GET') return;
			res.text().then(
				(body) => isJoinAnswer(body) && resolve(),
				() => {}
			);
		});
	});
}

/** Waits until this page's notes editor accepts typing. */
async function editable(page: Page): Promise<void> {
	await editor(page).waitFor();
	await poll(() => editor(page).getAttribute('contenteditable')).toBe('true');
}

/**
 * Clicks, then lets the page finish handling the click before the next key: ProseMirror applies a clicked
 * position in a task after mouseup and Chromium reports selection changes asynchronously, so a key pressed
 * at once (far sooner than a person could) may act on the old position.
 */
async function clickInto(target: Locator): Promise<void> {
	await target.click();
	await target.evaluate(
		() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
	);
}

/** The few parts of a ProseMirror node and state that `caret` reads. */
interface PmNode {
	isTextblock: boolean;
	content: { size: number };
	textBetween(from: number, to: number, blockSeparator?: string): string;
	descendants(fn: (node: PmNode) => boolean | void): void;
}
interface PmState {
	doc: PmNode;
	selection: { empty: boolean; $head: { parent: PmNode; parentOffset: number } };
}

/**
 * Where this page's caret is in its notes, as the editor itself has it (Tiptap puts its editor on the
 * editable element): the text block's index, the text before and after the caret in it, and whether it is
 * the last block. The editor's state, not the DOM selection, is what the next key acts on: after a key
 * like End the DOM selection moves at once, but the editor learns of it only when Chromium reports the
 * change, which may be after the next key when keys come as fast as a test sends them.
 */
async function caret(
	page: Page
): Promise<{ block: number; before: string; after: string; last: boolean } | null> {
	return editor(page).evaluate((root) => {
		const state = (root as HTMLElement & { editor?: { state: PmState } }).editor?.state;
		if (!state || !state.selection.empty) return null;
		const { parent, parentOffset } = state.selection.$head;
		const blocks: PmNode[] = [];
		state.doc.descendants((node) => {
			if (node.isTextblock) {
				blocks.push(node);
				return false;
			}
		});
		const block = blocks.indexOf(parent);
		return {
			block,
			before: parent.textBetween(0, parentOffset, '\n'),
			after: parent.textBetween(parentOffset, parent.content.size, '\n'),
			last: block === blocks.length - 1
		};
	});
}

/** The paragraph of this page's notes that holds `text`. */
function paragraph(page: Page, text: string): Locator {
	return editor(page).locator('p').filter({ hasText: text });
}

/** One paragraph's text, without the caret labels in it. */
async function paragraphText(p: Locator): Promise<string> {
	return p.evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
		return copy.textContent ?? '';
	});
}

/** The text of each paragraph (list items' too) in this page's notes, without other people's caret labels. */
async function paragraphs(page: Page): Promise<string[]> {
	const box = editor(page);
	if ((await box.count()) !== 1) return [];
	return box.evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
		return [...copy.querySelectorAll('p')].map((p) => p.textContent ?? '').filter((t) => t !== '');
	});
}

/** The notes as plain text, one paragraph a line, without caret labels. */
async function notesText(page: Page): Promise<string> {
	return (await paragraphs(page)).join('\n');
}

/** The save line under the toolbar: "Saved", "Saving…" or the offline message. */
async function saveState(page: Page): Promise<string | null> {
	return text(page.getByTestId('notes-state'));
}

async function isFocused(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

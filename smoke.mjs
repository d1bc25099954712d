import { chromium } from 'playwright-core';
const base = 'http://localhost:3100';
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const fac = await browser.newContext({ viewport: { width: 1366, height: 900 } });
const p = await fac.newPage();
p.on('pageerror', (e) => console.log('PAGEERROR', e.message));
p.on('console', (m) => {
	if (m.type() === 'error') console.log('CONSOLE', m.text());
});
await p.goto(base + '/');
await p.getByLabel('Your name').fill('Ada Admin');
await p.getByLabel('Email address').fill('ada@school.org');
await p.getByLabel('Password').fill('a long enough passphrase');
await p.getByRole('button', { name: 'Create administrator' }).click();
await p.waitForURL(base + '/');
await p.getByRole('link', { name: 'New team' }).click();
await p.getByLabel('Team name').fill("Sam's support team");
await p.getByRole('button', { name: 'Create team' }).click();
await p.waitForURL(/teams\//);
await p.getByText('Add a student').click();
await p.getByLabel('First name').fill('Sam');
await p.getByLabel('Last name (optional)').fill('Rivera');
await p.getByLabel('Grade (optional)').fill('3');
await p.getByRole('button', { name: 'Add student' }).click();
await p.getByText('Sam was added.').waitFor();
await p.getByRole('link', { name: 'New meeting' }).click();
await p.getByLabel('Meeting title').fill('Annual IEP review for Sam');
await p.getByLabel('Student (for IEP').selectOption({ label: 'Sam Rivera' });
await p.getByRole('button', { name: 'Create meeting' }).click();
await p.waitForURL(/meetings\/[0-9a-f-]{36}$/);
const meetingUrl = p.url();
await p.getByText('Live', { exact: true }).waitFor();
await p.screenshot({ path: '/tmp/shot-fac-before.png', fullPage: true });
// join link
await p.getByRole('button', { name: 'Create link' }).click();
const link = await p.getByTestId('join-link').inputValue();
console.log('link', link);
const par = await browser.newContext({
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true
});
const pp = await par.newPage();
pp.on('pageerror', (e) => console.log('PARENT PAGEERROR', e.message));
await pp.goto(link);
await pp.getByLabel('Your name').fill('Maria Rivera');
await pp.getByRole('button', { name: 'Join the meeting' }).click();
await pp.getByTestId('waiting').waitFor();
await pp.screenshot({ path: '/tmp/shot-parent-wait.png', fullPage: true });
await p.getByRole('button', { name: /Let in/ }).click();
await pp.getByTestId('current-item').waitFor({ timeout: 10000 });
// start
await p.getByRole('button', { name: 'Start the meeting' }).click();
await pp.getByTestId('current-title').waitFor();
console.log('parent sees', await pp.getByTestId('current-title').textContent());
await p.getByRole('button', { name: 'Next item' }).click();
await pp.getByText('Strengths and celebrations').first().waitFor();
// projector
const proj = await browser.newContext({
	viewport: { width: 1920, height: 1080 },
	storageState: await fac.storageState()
});
const pr = await proj.newPage();
pr.on('pageerror', (e) => console.log('PROJ PAGEERROR', e.message));
await pr.goto(meetingUrl + '/present');
await pr.getByTestId('projector-item').waitFor();
console.log('projector shows', await pr.getByTestId('projector-item').textContent());
await p.getByRole('button', { name: 'Next item' }).click();
await pr.getByText('Parent input and concerns', { exact: true }).waitFor();
await new Promise((r) => setTimeout(r, 1500));
await pr.screenshot({ path: '/tmp/shot-projector.png' });
await pp.screenshot({ path: '/tmp/shot-parent-live.png', fullPage: true });
await p.screenshot({ path: '/tmp/shot-fac-live.png', fullPage: true });
await browser.close();

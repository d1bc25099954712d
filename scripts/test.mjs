// `npm test`: the whole suite. Type-check and lint, build the production bundle (integration and e2e tests
// run the real `node build/start.js`), then unit, integration and end-to-end tests in one vitest run, and a
// closing line with the totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

function step(title, cmd, args) {
	console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
	if (r.status !== 0) {
		console.error(`\n✖ ${title} failed (exit ${r.status ?? r.signal})`);
		process.exit(r.status || 1);
	}
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
step('type check', npm, ['run', '--silent', 'check']);
step('lint', npm, ['run', '--silent', 'lint']);
step('build', npm, ['run', '--silent', 'build']);

if (process.env.TEST_DATABASE_URL) {
	console.log(
		`\nIntegration tests run against embedded PGlite and PostgreSQL (TEST_DATABASE_URL).`
	);
} else {
	console.log(
		'\nIntegration tests run against embedded PGlite only (set TEST_DATABASE_URL to add PostgreSQL).'
	);
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
console.log(`\n▶ tests: vitest run`);
const r = spawnSync(
	'npx',
	[
		'vitest',
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
		...process.argv.slice(2)
	],
	{ stdio: 'inherit', env: process.env }
);
if (existsSync(report)) {
	const json = JSON.parse(readFileSync(report, 'utf8'));
	const skipped = json.numPendingTests + json.numTodoTests;
	console.log(
		`\nTests: ${json.numPassedTests} passed, ${json.numFailedTests} failed, ${skipped} skipped`
	);
	if (json.numTotalTests === 0) {
		console.error('No test ran.');
		process.exit(1);
	}
}
process.exit(r.status ?? 1);

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** `npm run bench`: latency measurements against the real production server (not part of `npm test`). */
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['bench/**/*.bench.ts'],
		testTimeout: 300_000,
		hookTimeout: 120_000,
		fileParallelism: false
	}
});

// Bundles the Node process around SvelteKit (server/) into build/, next to adapter-node's handler.js.
// Packages stay external (they are installed); our own modules are bundled.
import { build } from 'esbuild';

await build({
	entryPoints: {
		start: 'server/index.ts',
		migrate: 'server/migrate.ts',
		realtime: 'server/realtime/index.ts'
	},
	outdir: 'build',
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	sourcemap: true,
	chunkNames: 'server-chunks/[name]-[hash]',
	logLevel: 'warning'
});

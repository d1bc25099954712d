// Bundles the Node process around SvelteKit (server/) into build/, next to adapter-node's handler.js.
// Packages stay external (they are installed); our own modules are bundled.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** src/lib/i18n/catalogs.ts uses Vite's import.meta.glob; here the same module is written out statically. */
const catalogsPlugin = {
	name: 'i18n-catalogs',
	setup(b) {
		b.onLoad({ filter: /src[\\/]lib[\\/]i18n[\\/]catalogs\.ts$/ }, () => {
			const dir = path.resolve('messages');
			const locales = readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.map((f) => f.slice(0, -5));
			const imports = locales.map(
				(l, i) => `import c${i} from ${JSON.stringify(path.join(dir, `${l}.json`))};`
			);
			const entries = locales.map((l, i) => `${JSON.stringify(l)}: c${i}`);
			return {
				contents: `${imports.join('\n')}\nexport const catalogs = { ${entries.join(', ')} };\n`,
				loader: 'js',
				resolveDir: dir
			};
		});
	}
};

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
	plugins: [catalogsPlugin],
	logLevel: 'warning'
});

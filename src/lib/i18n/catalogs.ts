import type { Catalog } from './index';

// Every messages/<locale>.json, found at build time. (scripts/build-server.mjs generates the same module for
// the esbuild bundle of server/, which has no import.meta.glob.)
const files = import.meta.glob<Catalog>('../../../messages/*.json', {
	eager: true,
	import: 'default'
});

export const catalogs: Record<string, Catalog> = Object.fromEntries(
	Object.entries(files).map(([file, catalog]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), catalog])
);

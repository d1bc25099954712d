import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * Attaches socket.io to Vite's own HTTP server, so `vite dev` and `vite preview` serve the realtime API on
 * the same port as the app. In dev the handlers load through Vite's SSR module graph, sharing modules with
 * SvelteKit; in preview they come from the bundle `npm run build` made.
 */
function realtime(): Plugin {
	return {
		name: 'roundtable-realtime',
		async configureServer(server) {
			if (!server.httpServer) return;
			const mod = await server.ssrLoadModule('/server/realtime/index.ts');
			mod.createRealtimeServer(server.httpServer);
		},
		async configurePreviewServer(server) {
			const mod = await import(pathToFileURL(path.resolve('build/realtime.js')).href);
			mod.createRealtimeServer(server.httpServer);
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), realtime()],
	server: { port: 3000 },
	preview: { port: 3000 }
});

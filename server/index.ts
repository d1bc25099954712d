import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closeDatabase, getDatabase } from '../src/lib/server/db';
import { logger } from '../src/lib/server/log';
import { realtime } from '../src/lib/server/realtime-bridge';
import { startReminders } from './reminders';
import { createRealtimeServer } from './realtime/index';

/**
 * The production process: one HTTP server carrying SvelteKit's handler and socket.io, on PORT/HOST.
 * Bundled to build/start.js next to adapter-node's handler.js.
 */
const log = logger();
const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

// Open the database (and apply migrations) before taking any request.
try {
	await getDatabase();
} catch (err) {
	log.fatal({ err }, 'cannot open the database');
	process.exit(1);
}

// adapter-node assumes https unless told the origin; a school running `npm start` on plain http would then
// have every form refused as cross-site. Unless ORIGIN or PROTOCOL_HEADER is configured (behind a proxy),
// tell it the protocol of the actual connection, in a header that we overwrite on every request.
const PROTOCOL_HEADER = 'x-roundtable-protocol';
const ownProtocolHeader = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocolHeader) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;

const { handler } = await import(pathToFileURL(path.join(here, 'handler.js')).href);
const server = http.createServer((req, res) => {
	if (ownProtocolHeader)
		req.headers[PROTOCOL_HEADER] = 'encrypted' in req.socket ? 'https' : 'http';
	handler(req, res);
});
const io = createRealtimeServer(server);

server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	log.info(
		{ port: actual, host },
		`Roundtable is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`
	);
});

const stopReminders = startReminders();

let closing = false;
async function shutdown(signal: string) {
	if (closing) return;
	closing = true;
	log.info({ signal }, 'shutting down');
	const force = setTimeout(() => {
		log.error('shutdown took too long; exiting');
		process.exit(1);
	}, 10_000);
	force.unref();
	stopReminders();
	io.emit('session:ended', 'server_shutdown');
	// io.close() disconnects every socket and closes the HTTP server, which waits for in-flight requests.
	await new Promise<void>((resolve) => {
		io.close(() => resolve());
		server.closeIdleConnections();
	});
	// Notes updates already relayed to others are stored before the database closes.
	await realtime()?.flushNotes();
	await closeDatabase();
	log.info('stopped');
	process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

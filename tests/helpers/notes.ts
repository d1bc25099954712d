import * as encoding from 'lib0/encoding';
import { io as connect } from 'socket.io-client';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_SYNC } from '../../src/lib/protocol/notes';
import { SocketIOProvider } from '../../src/lib/realtime/notes-provider';
import type { ClientSocket } from '../../src/lib/realtime/socket';
import type { Browserless } from './http';
import type { RunningServer } from './server';

/** A notes editor without a browser: a real Yjs document synced by the app's own provider. */
export interface NotesClient {
	socket: ClientSocket;
	doc: Y.Doc;
	provider: SocketIOProvider;
	text(): string;
	/** Types `s` at a position in the first paragraph, as one Yjs transaction (one keystroke burst). */
	type(s: string, at?: number): void;
	close(): void;
}

export function paragraph(doc: Y.Doc): Y.XmlText {
	const fragment = doc.getXmlFragment('default');
	const first = fragment.get(0);
	if (first instanceof Y.XmlElement) return first.get(0) as Y.XmlText;
	const p = new Y.XmlElement('paragraph');
	const text = new Y.XmlText();
	p.insert(0, [text]);
	fragment.insert(0, [p]);
	return text;
}

export async function notesClient(
	server: RunningServer | { url: string },
	b: Browserless,
	meetingId: string,
	itemId: string,
	opts: { reconnect?: boolean; waitSaved?: boolean } = {}
): Promise<NotesClient> {
	const socket = connect(server.url, {
		transports: ['websocket'],
		reconnection: opts.reconnect ?? false,
		reconnectionDelay: 200,
		reconnectionDelayMax: 500,
		extraHeaders: { cookie: b.cookieHeader }
	}) as unknown as ClientSocket;
	await new Promise<void>((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('connect_error', reject);
	});
	const doc = new Y.Doc();
	const provider = new SocketIOProvider(socket, meetingId, itemId, doc);
	// Wait for the first sync: the server answered our step 1.
	await new Promise<void>((resolve) => {
		const off = provider.onState((s) => {
			if (s !== 'offline') {
				queueMicrotask(() => off());
				resolve();
			}
		});
	});
	if (opts.waitSaved !== false) await provider.whenSaved();
	return {
		socket,
		doc,
		provider,
		text: () => doc.getXmlFragment('default').toString(),
		type(s, at) {
			doc.transact(() => {
				const t = paragraph(doc);
				t.insert(Math.min(at ?? t.length, t.length), s);
			});
		},
		close() {
			provider.destroy();
			socket.close();
		}
	};
}

/** A raw y-protocols sync update message, for crafting what a well-behaved client would never send. */
export function updateMessage(update: Uint8Array): Uint8Array {
	const enc = encoding.createEncoder();
	encoding.writeVarUint(enc, MESSAGE_SYNC);
	syncProtocol.writeUpdate(enc, update);
	return encoding.toUint8Array(enc);
}

export async function until(
	check: () => boolean | Promise<boolean>,
	ms = 15_000,
	what = 'condition'
): Promise<void> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`timed out waiting for ${what}`);
}

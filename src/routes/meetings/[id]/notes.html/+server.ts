import { sql } from '$lib/server/db';
import { meetingNotes, notesAsHtml } from '$lib/server/notes';
import { orError, requireActor } from '$lib/server/routes';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const notes = await orError(locals.t, async () => meetingNotes(await sql(), actor, params.id));
	return new Response(notesAsHtml(locals.t, locals.locale, notes), {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-disposition': 'attachment; filename="notes.html"',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
			'cache-control': 'no-store'
		}
	});
};

import { sql } from '$lib/server/db';
import { meetingNotes, notesAsMarkdown } from '$lib/server/notes';
import { orError, requireActor } from '$lib/server/routes';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	const notes = await orError(locals.t, async () => meetingNotes(await sql(), actor, params.id));
	return new Response(notesAsMarkdown(locals.t, notes), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': 'attachment; filename="notes.md"',
			'cache-control': 'no-store'
		}
	});
};

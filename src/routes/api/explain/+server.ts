import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { explainGoal, MAX_GOAL_LENGTH } from '$lib/explain';
import { sql } from '$lib/server/db';
import * as rate from '$lib/server/ratelimit';
import type { RequestHandler } from './$types';

const EXPLAIN_LIMIT: rate.Limit = { max: 60, windowMs: 60_000 };
const MAX_BODY = 16_384;

const Body = v.strictObject({
	text: v.string(),
	lang: v.optional(v.picklist(['en', 'es']), 'en'),
	name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(60)))
});

function problem(status: number, message: string, headers: Record<string, string> = {}) {
	return json({ error: message }, { status, headers });
}

/** POST /api/explain — see docs/explain-api.md. */
export const POST: RequestHandler = async ({ request, getClientAddress, locals }) => {
	const db = await sql();
	const key = `explain:${getClientAddress()}`;
	const wait = await rate.retryAfter(db, key, EXPLAIN_LIMIT);
	if (wait > 0)
		return problem(429, locals.t('api.tooMany', { seconds: wait }), {
			'retry-after': String(wait)
		});
	await rate.hit(db, key, EXPLAIN_LIMIT);

	const raw = await request.text();
	if (raw.length > MAX_BODY)
		return problem(413, locals.t('api.tooLarge', { max: MAX_GOAL_LENGTH }));
	let body: unknown;
	try {
		body = JSON.parse(raw);
	} catch {
		return problem(400, locals.t('api.badJson'));
	}
	const parsed = v.safeParse(Body, body);
	if (!parsed.success) return problem(400, locals.t('api.badBody'));
	const text = parsed.output.text.trim();
	if (!text) return problem(400, locals.t('api.emptyText'));
	if (text.length > MAX_GOAL_LENGTH)
		return problem(400, locals.t('api.textTooLong', { max: MAX_GOAL_LENGTH }));
	const e = explainGoal(text, { lang: parsed.output.lang, name: parsed.output.name || undefined });
	return json({
		parts: e.parts,
		missing: e.missing,
		plain: e.plain,
		terms: e.terms.map(({ term, definition, start, end }) => ({ term, definition, start, end })),
		readability: e.readability
	});
};

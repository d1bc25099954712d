import { fail, type ActionFailure } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Translate } from '../i18n';
import { Refusal } from './errors';

export type FormFailure = ActionFailure<{ message: string; values: Record<string, string> }>;

/** Form fields as strings, with passwords left out so a refused form never echoes one back. */
function echo(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, val] of form) if (typeof val === 'string' && !/password/i.test(k)) values[k] = val;
	return values;
}

/**
 * Validates a submitted form with a valibot schema. On failure it returns `fail(400)` with the first
 * problem in plain words and the filled-in values, as Lucia's SvelteKit example does.
 */
export async function parseForm<S extends v.GenericSchema<Record<string, unknown>>>(
	request: Request,
	schema: S,
	t: Translate
): Promise<
	{ ok: true; data: v.InferOutput<S>; form: FormData } | { ok: false; failure: FormFailure }
> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { ok: false, failure: fail(400, { message: t('errors.badForm'), values: {} }) };
	}
	const raw = Object.fromEntries([...form].filter(([, val]) => typeof val === 'string'));
	const result = v.safeParse(schema, raw);
	if (!result.success) {
		const issue = result.issues[0];
		const key = (issue?.message ?? 'errors.badForm') as Parameters<Translate>[0];
		const n = typeof issue?.requirement === 'number' ? issue.requirement : undefined;
		const message = t(key, n === undefined ? {} : { max: n, min: n });
		return { ok: false, failure: fail(400, { message, values: echo(form) }) };
	}
	return { ok: true, data: result.output, form };
}

/** Turns a Refusal into a failed form result in the user's language; anything else is a real error. */
export function refuse(err: unknown, t: Translate, form?: FormData): FormFailure {
	if (err instanceof Refusal) {
		return fail(err.status, { message: t(err.key, err.values), values: form ? echo(form) : {} });
	}
	throw err;
}

/** Common field schemas; their messages are i18n keys. */
export const fields = {
	name: v.pipe(
		v.string('auth.nameRequired'),
		v.trim(),
		v.nonEmpty('auth.nameRequired'),
		v.maxLength(100, 'auth.nameTooLong')
	),
	email: v.pipe(
		v.string('auth.emailInvalid'),
		v.trim(),
		v.nonEmpty('auth.emailRequired'),
		v.maxLength(254, 'auth.emailInvalid'),
		v.email('auth.emailInvalid')
	),
	password: v.pipe(
		v.string('auth.passwordRequired'),
		v.nonEmpty('auth.passwordRequired'),
		v.maxLength(1000, 'auth.passwordTooLong')
	)
};

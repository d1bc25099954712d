import { error, redirect } from '@sveltejs/kit';
import type { Actor } from './actors';
import { Refusal } from './errors';
export { todayIn } from './dates';
import type { Translate } from '../i18n';

/** The acting person for a page: staff session first, else a guest cookie; otherwise off to sign in. */
export function requireActor(locals: App.Locals, url: URL): Actor {
	if (locals.user) return { kind: 'staff', user: locals.user };
	if (locals.guest) return { kind: 'guest', guest: locals.guest };
	redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
}

export function requireUser(locals: App.Locals, url: URL): NonNullable<App.Locals['user']> {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.user;
}

/** Runs a load step; a Refusal becomes an error page in the user's language. */
export async function orError<T>(t: Translate, fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (err) {
		if (err instanceof Refusal) error(err.status, t(err.key, err.values));
		throw err;
	}
}

export const COMMITMENT_FILTERS = ['open', 'due_week', 'overdue', 'done', 'all'] as const;

export function commitmentFilter(url: URL): (typeof COMMITMENT_FILTERS)[number] {
	const f = url.searchParams.get('filter');
	return (COMMITMENT_FILTERS as readonly string[]).includes(f ?? '')
		? (f as (typeof COMMITMENT_FILTERS)[number])
		: 'open';
}

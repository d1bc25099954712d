import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth';
import { sql } from '$lib/server/db';
import { GUEST_COOKIE, validateGuestCookie } from '$lib/server/guests';
import { logger } from '$lib/server/log';
import {
	deleteGuestCookie,
	deleteSessionCookie,
	setSessionCookie
} from '$lib/server/session-cookie';
import { createTranslator, negotiateLocale } from '$lib/i18n';

const handleRequestId: Handle = async ({ event, resolve }) => {
	const incoming = event.request.headers.get('x-request-id');
	const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : crypto.randomUUID();
	event.locals.requestId = requestId;
	event.locals.log = logger().child({ reqId: requestId });
	const started = performance.now();
	const response = await resolve(event);
	try {
		response.headers.set('x-request-id', requestId);
	} catch {
		// Some responses (e.g. fetched ones passed through) have immutable headers.
	}
	event.locals.log.info(
		{
			method: event.request.method,
			path: event.url.pathname,
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

const handleI18n: Handle = async ({ event, resolve }) => {
	const locale = negotiateLocale(
		event.cookies.get('rt_lang'),
		event.request.headers.get('accept-language')
	);
	event.locals.locale = locale;
	event.locals.timeZone = validTimeZone(event.cookies.get('rt_tz'));
	event.locals.t = createTranslator(locale);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
};

const handleAuth: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.guest = null;
	const token = event.cookies.get(SESSION_COOKIE);
	const guestCookie = event.cookies.get(GUEST_COOKIE);
	// /healthz must answer even when the database is down, so it does not touch sessions.
	if (token && event.url.pathname !== '/healthz') {
		const result = await validateSessionToken(await sql(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	if (guestCookie && event.url.pathname !== '/healthz') {
		event.locals.guest = await validateGuestCookie(await sql(), guestCookie);
		if (!event.locals.guest) deleteGuestCookie(event.cookies, event.url);
	}
	return resolve(event);
};

export const handle = sequence(handleRequestId, handleI18n, handleAuth);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status !== 404) {
		(event.locals.log ?? logger()).error({ err: error, status }, 'unhandled error');
	}
	return { message, requestId: event.locals.requestId };
};

function validTimeZone(tz: string | undefined): string {
	if (tz && tz.length < 64) {
		try {
			new Intl.DateTimeFormat('en', { timeZone: tz });
			return tz;
		} catch {
			// not a time zone: fall through
		}
	}
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

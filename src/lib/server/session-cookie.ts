import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './auth';
import { GUEST_COOKIE } from './guests';

/** HttpOnly, SameSite=Lax, and Secure whenever the app is reached over HTTPS (always, in production). */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: url.protocol === 'https:' });
}

/** The guest cookie: same flags as the staff session; it names one guest of one meeting. */
export function setGuestCookie(cookies: Cookies, url: URL, value: string, expiresAt: Date): void {
	cookies.set(GUEST_COOKIE, value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

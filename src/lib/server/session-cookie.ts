import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './auth';
import { GUEST_COOKIE } from './guests';

/** HttpOnly, SameSite=Lax, and Secure whenever the app is reached over HTTPS (always, in production). */
function setCookie(cookies: Cookies, url: URL, name: string, value: string, expiresAt: Date): void {
	cookies.set(name, value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

function deleteCookie(cookies: Cookies, url: URL, name: string): void {
	cookies.delete(name, { path: '/', secure: url.protocol === 'https:' });
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	setCookie(cookies, url, SESSION_COOKIE, token, expiresAt);
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	deleteCookie(cookies, url, SESSION_COOKIE);
}

/** The guest cookie: same flags as the staff session; it names one guest of one meeting. */
export function setGuestCookie(cookies: Cookies, url: URL, value: string, expiresAt: Date): void {
	setCookie(cookies, url, GUEST_COOKIE, value, expiresAt);
}

export function deleteGuestCookie(cookies: Cookies, url: URL): void {
	deleteCookie(cookies, url, GUEST_COOKIE);
}

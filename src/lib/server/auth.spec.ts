import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE, sessionTokenFromCookieHeader } from './auth';
import { checkNewPassword, PASSWORD_MIN } from './passwords';
import { Refusal } from './errors';
import { randomToken } from './tokens';

describe('sessionTokenFromCookieHeader', () => {
	it('finds the session cookie among others', () => {
		expect(sessionTokenFromCookieHeader(`a=1; ${SESSION_COOKIE}=abc.def; b=2`)).toBe('abc.def');
	});
	it('returns undefined when absent or malformed', () => {
		expect(sessionTokenFromCookieHeader(undefined)).toBeUndefined();
		expect(sessionTokenFromCookieHeader('a=1')).toBeUndefined();
		expect(sessionTokenFromCookieHeader(`${SESSION_COOKIE}=%E0%A4%A`)).toBeUndefined();
	});
});

describe('randomToken', () => {
	it('carries the requested entropy in base32 and never repeats', () => {
		const t = randomToken(20);
		expect(t).toMatch(/^[a-z2-7]{32}$/); // 160 bits = 32 base32 characters
		expect(new Set(Array.from({ length: 1000 }, () => randomToken(16))).size).toBe(1000);
	});
});

describe('checkNewPassword', () => {
	const refusal = (pw: string, email = 'a@school.org') => {
		try {
			checkNewPassword(pw, email);
			return null;
		} catch (err) {
			expect(err).toBeInstanceOf(Refusal);
			return (err as Refusal).key;
		}
	};
	it('refuses short, overlong and email-equal passwords with a reason', () => {
		expect(refusal('x'.repeat(PASSWORD_MIN - 1))).toBe('auth.passwordTooShort');
		expect(refusal('x'.repeat(201))).toBe('auth.passwordTooLong');
		expect(refusal('Teacher@School.org ', 'teacher@school.org')).toBe('auth.passwordIsEmail');
	});
	it('accepts a long passphrase', () => {
		expect(refusal('correct horse battery staple')).toBeNull();
	});
});

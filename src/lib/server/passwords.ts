import { hash, verify } from '@node-rs/argon2';
import { Refusal } from './errors';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 };

/** Throws a Refusal that says what is wrong with a new password. */
export function checkNewPassword(password: string, email: string): void {
	if (password.length < PASSWORD_MIN)
		throw new Refusal('auth.passwordTooShort', { min: PASSWORD_MIN });
	if (password.length > PASSWORD_MAX)
		throw new Refusal('auth.passwordTooLong', { max: PASSWORD_MAX });
	if (password.trim().toLowerCase() === email.trim().toLowerCase())
		throw new Refusal('auth.passwordIsEmail');
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	if (password.length > PASSWORD_MAX) return false;
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

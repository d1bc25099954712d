import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random string with `bytes * 8` bits of entropy, safe in URLs and cookies. */
export function randomToken(bytes = 20): string {
	const b = new Uint8Array(bytes);
	crypto.getRandomValues(b);
	return encodeBase32LowerCaseNoPadding(b);
}

export function hashToken(token: string): Uint8Array {
	return sha256(new TextEncoder().encode(token));
}

import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A random bearer secret; the prefix tells at a glance (and in logs) what kind of credential it is. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored only as this digest: a leaked table cannot be replayed. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed at a kiosk is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time enrolment code such as `7K2M-QX9D-4TNB`, typed at the kiosk by hand. */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Case, spaces and hyphens do not matter when the code is typed back. */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

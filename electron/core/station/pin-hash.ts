import { scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Checks a PIN against a hash the central API made (central-api/auth/passwords.ts writes the
 * self-describing `scrypt$N$r$p$salt$key`). The kiosk only ever checks, never makes one; the format is
 * read here because the kiosk core and the central API may not import each other.
 */
export function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return Promise.resolve(false);
  const expected = Buffer.from(key, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, options, (err, actual) =>
      err ? reject(err) : resolve(actual.length === expected.length && timingSafeEqual(actual, expected)),
    ),
  );
}

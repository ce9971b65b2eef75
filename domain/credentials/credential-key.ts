import type { z } from 'zod';
import { em4100Decimal10 } from './em4100-numbers.js';
import { Text } from '../text.js';

/**
 * The one form a card or label code is stored, sent and compared in: trimmed and upper-cased, because
 * printed hex, a reader's hex and a typed label differ only in case. Every part (the hardware service, the
 * kiosk's copy and search, the central API and its database) matches codes as keys, so one code typed in
 * lower case finds the same person everywhere, and two codes that differ only in case are one code.
 */
export type CredentialKey = string & z.$brand<'CredentialKey'>;

export function credentialKey(code: string): CredentialKey {
  return code.trim().toUpperCase() as CredentialKey;
}

/**
 * A code on a person or asset, or typed to look one up, normalised when parsed, so a stored value is
 * already its key. Row shapes keep it a plain string: they are built from database rows, which the
 * schema wrote.
 */
export const CredentialCode = Text.overwrite(credentialKey).min(1).max(128);
export type CredentialCode = z.infer<typeof CredentialCode>;

/** A code checked and normalised at a boundary, for the places that match codes. */
export const CredentialKey = CredentialCode.brand<'CredentialKey'>();

/**
 * The keys a stored code is also found under. A card stored as its 10-hex EM4100 id is found by its printed
 * 10-digit number too, which is all a keyboard-mode or serial-line reader types.
 */
export function derivedKeys(stored: CredentialKey): CredentialKey[] {
  return /^[0-9A-F]{10}$/.test(stored) ? [credentialKey(em4100Decimal10(stored))] : [];
}

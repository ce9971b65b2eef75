/** Stable error codes shared by the central API, the kiosk core and the UI. */
export const errorCodes = [
  'validation_failed',
  'not_found',
  'unauthenticated',
  'forbidden',
  'conflict',
  /** A record others still point at (a location with assets, a type in use) cannot be deleted. */
  'in_use',
  /** The record changed since the editor read it: reload, then edit again. */
  'edit_conflict',
  'refused_by_rules',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** An error a person can act on: a stable code for programs and a sentence for people. */
export class KitdeskError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'KitdeskError';
    this.code = code;
    this.details = details;
  }
}

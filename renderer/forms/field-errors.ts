import type { z } from 'zod';
import { fieldIssuesOf, type ApiError } from '../../domain/api-error.js';

/** A sentence under each field that is wrong, keyed by the form's own field names. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** zod's own messages are written for programmers ("expected string to have >=1 characters"). */
export function issueSentence(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'Fill this in.' : `Use at least ${issue.minimum} characters.`;
      return `Use ${issue.minimum} or more.`;
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${issue.maximum} characters.`;
      return `Use ${issue.maximum} or less.`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter an email address, like name@school.example.';
      if (issue.format === 'date') return 'Enter a real date.';
      return 'This is not in the right form.';
    default:
      return 'This is not a value Kitdesk can use.';
  }
}

/**
 * Puts each problem zod found in a request beside the field it came from. `fieldOf` names the form field
 * behind a request key where they differ (pounds typed, pence sent).
 */
export function fieldErrors<F extends string>(
  issues: readonly z.core.$ZodIssue[],
  fields: readonly F[],
  fieldOf: Partial<Record<string, F>> = {},
): FieldErrors<F> {
  return placed(
    issues.map((issue) => ({ key: String(issue.path[0] ?? ''), sentence: issueSentence(issue) })),
    fields,
    fieldOf,
  );
}

/**
 * Puts the field issues of a refused save beside their fields: the central API's (a card number another
 * person has) and the kiosk's own check of the call, whose paths start at the call's `patch`.
 */
export function serverFieldErrors<F extends string>(
  error: ApiError | null,
  fields: readonly F[],
  fieldOf: Partial<Record<string, F>> = {},
): FieldErrors<F> {
  if (!error) return {};
  const issues = fieldIssuesOf(error).map((issue) => {
    const path = issue.path.split('.');
    return { key: (path[0] === 'patch' ? path[1] : path[0]) ?? '', sentence: issue.message };
  });
  return placed(issues, fields, fieldOf);
}

function placed<F extends string>(
  issues: readonly { key: string; sentence: string }[],
  fields: readonly F[],
  fieldOf: Partial<Record<string, F>>,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const { key, sentence } of issues) {
    const field = fieldOf[key] ?? (fields as readonly string[]).find((f) => f === key);
    if (field === undefined) continue;
    errors[field as F] ??= sentence;
  }
  return errors;
}

/** The text of an optional text field as the API wants it: empty means "no value". */
export const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export type Converted<P, F extends string> = { ok: true; patch: P } | { ok: false; errors: FieldErrors<F> };

import type { z } from 'zod';

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
  const errors: FieldErrors<F> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '');
    const field = fieldOf[key] ?? (fields as readonly string[]).find((f) => f === key);
    if (field === undefined) continue;
    errors[field as F] ??= issueSentence(issue);
  }
  return errors;
}

/** The text of an optional text field as the API wants it: empty means "no value". */
export const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export type Converted<P, F extends string> = { ok: true; patch: P } | { ok: false; errors: FieldErrors<F> };

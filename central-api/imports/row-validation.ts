import type { z } from 'zod';
import type { Problems } from './import-columns.js';

/** A sentence for one zod issue about a cell, e.g. “The email is not an email address.” */
function sentence(label: string, issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'too_big':
      return `The ${label} is longer than ${String(issue.maximum)} characters: shorten it.`;
    case 'too_small':
      return `The ${label} is empty: fill it in.`;
    case 'invalid_format':
      return `“${String(value)}” is not ${issue.format === 'email' ? 'an email address' : `a valid ${label}`}.`;
    default:
      return `The ${label} is not valid (${issue.message}).`;
  }
}

/**
 * Check a row's values against the domain's own schema for the record, reporting each issue under the
 * file's header for that field. Returns the parsed record, or null when the row has problems.
 */
export function validateRow<T>(
  schema: z.ZodType<T>,
  candidate: Record<string, unknown>,
  line: number,
  headerOf: (field: string) => string,
  problems: Problems,
): T | null {
  // The Standard Schema face reports zod's own issues without building a ZodError, which is most of the
  // cost of a failing parse: a file of a million bad rows fails a million times.
  const result = schema['~standard'].validate(candidate);
  if (result instanceof Promise) throw new Error('Import rows are checked by synchronous schemas only.');
  if (!result.issues) return result.value;
  for (const issue of result.issues as readonly z.core.$ZodIssue[]) {
    const field = String(issue.path[0] ?? '');
    const value = candidate[field];
    const header = headerOf(field);
    if (value === null || value === undefined) {
      problems.add(line, header, 'required', `The ${header} is required: fill it in.`);
    } else {
      problems.add(line, header, 'invalid', sentence(header, issue, value), String(value));
    }
  }
  return null;
}

import { z } from 'zod';
import { EditConflictDetails } from './api/assets.js';
import { RefusalDetails } from './api/lending.js';
import { InUseDetails } from './api/reference.js';
import { ReminderRefusalDetails } from './api/reminders.js';
import { errorCodes, type ErrorCode } from './errors.js';

/** The body of every non-2xx answer of the central API and every failed KioskApi call. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/**
 * One field of a request the answer refused, with a sentence for it: a form shows it beside the field.
 * `path` is the request's own key (`barcode`, `homeLocationId`), dotted for nested ones (`patch.name`).
 */
export const FieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

const FieldIssues = z.object({ issues: z.array(FieldIssue) });
/** A value that must be unique already belongs to another record; `issues` names the field that sent it. */
const ClashDetails = z.object({ constraint: z.string().optional(), issues: z.array(FieldIssue).optional() });

/** What `details` holds for each code; the routes' OpenAPI descriptions say which of them they answer. */
const detailsByCode = {
  validation_failed: FieldIssues,
  not_found: ReminderRefusalDetails,
  unauthenticated: z.undefined(),
  forbidden: z.undefined(),
  conflict: z.union([ReminderRefusalDetails, ClashDetails]),
  in_use: InUseDetails,
  edit_conflict: EditConflictDetails,
  refused_by_rules: z.union([RefusalDetails, ReminderRefusalDetails]),
  rate_limited: z.undefined(),
  unavailable: ReminderRefusalDetails,
  internal: z.undefined(),
} satisfies Record<ErrorCode, z.ZodType>;
type DetailsByCode = { [C in ErrorCode]: z.infer<(typeof detailsByCode)[C]> };

/** An error as the kiosk and its screens hold it: the API's error body, its details typed by its code. */
export type ApiError = {
  [C in ErrorCode]: { code: C; message: string; details?: DetailsByCode[C] };
}[ErrorCode];

/**
 * Reads an error body's `error`. Details that do not fit their code (a newer server, a route's own shape)
 * are left out rather than failing the answer: the code and the sentence still arrive.
 */
export const ApiError = z
  .object({ code: z.enum(errorCodes), message: z.string(), details: z.unknown().optional() })
  .transform((e): ApiError => {
    const details = detailsByCode[e.code].safeParse(e.details);
    return (
      details.success && details.data !== undefined
        ? { code: e.code, message: e.message, details: details.data }
        : { code: e.code, message: e.message }
    ) as ApiError;
  });

/** The field issues an error carries (a refused request, a clashing value), or none. */
export function fieldIssuesOf(error: ApiError): FieldIssue[] {
  if (error.code !== 'validation_failed' && error.code !== 'conflict') return [];
  const details = error.details;
  return details && 'issues' in details ? (details.issues ?? []) : [];
}

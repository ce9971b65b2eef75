import { UpdatePersonRequest } from '../../domain/api/people.js';
import type { Person } from '../../domain/model/person.js';
import { isoToBritish, parseBritishDate } from '../../domain/dates/british-date.js';
import type { ApiError } from '../../domain/api-error.js';
import { fieldErrors, serverFieldErrors, textOrNull, type Converted } from './field-errors.js';

/** What the desk may change on a person; email, staff and admin rights are for an admin's own screens. */
export type PersonDraft = {
  name: string;
  department: string;
  school: string;
  lend: boolean;
  rfid: string;
  barcode: string;
  /** Day/month/year as typed, e.g. "20/07/2026", or empty. */
  leftAt: string;
};
export type PersonField = keyof PersonDraft;

export const personFields: readonly PersonField[] = [
  'name',
  'department',
  'school',
  'lend',
  'rfid',
  'barcode',
  'leftAt',
];

export function personToDraft(p: Person): PersonDraft {
  return {
    name: p.name,
    department: p.department ?? '',
    school: p.school ?? '',
    lend: p.lend,
    rfid: p.rfid ?? '',
    barcode: p.barcode ?? '',
    leftAt: isoToBritish(p.leftAt),
  };
}

/** The PATCH for a draft, checked against the API's own schema before it is sent. */
export function draftToPersonPatch(d: PersonDraft): Converted<UpdatePersonRequest, PersonField> {
  const typed = d.leftAt.trim();
  const leftAt = typed === '' ? null : parseBritishDate(typed);
  const parsed = UpdatePersonRequest.safeParse({
    name: d.name,
    department: textOrNull(d.department),
    school: textOrNull(d.school),
    lend: d.lend,
    rfid: textOrNull(d.rfid),
    barcode: textOrNull(d.barcode),
    leftAt: leftAt?.ok ? leftAt.iso : null,
  });
  const errors = parsed.success ? {} : fieldErrors(parsed.error.issues, personFields);
  if (leftAt?.ok === false) errors.leftAt = leftAt.message;
  if (parsed.success && leftAt?.ok !== false) return { ok: true, patch: parsed.data };
  return { ok: false, errors };
}

/** The central API's sentences for the fields of a refused save (a card number someone else has). */
export const personErrorsFromServer = (error: ApiError | null) => serverFieldErrors(error, personFields);

import { UpdatePersonRequest } from '../../domain/api/people.js';
import type { Person } from '../../domain/model/person.js';
import { fieldErrors, textOrNull, type Converted } from './field-errors.js';

/** What the desk may change on a person; email, staff and admin rights are for an admin's own screens. */
export type PersonDraft = {
  name: string;
  department: string;
  school: string;
  lend: boolean;
  rfid: string;
  barcode: string;
  /** "YYYY-MM-DD" as a date input holds it, or empty. */
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
    leftAt: p.leftAt ?? '',
  };
}

/** The PATCH for a draft, checked against the API's own schema before it is sent. */
export function draftToPersonPatch(d: PersonDraft): Converted<UpdatePersonRequest, PersonField> {
  const parsed = UpdatePersonRequest.safeParse({
    name: d.name,
    department: textOrNull(d.department),
    school: textOrNull(d.school),
    lend: d.lend,
    rfid: textOrNull(d.rfid),
    barcode: textOrNull(d.barcode),
    leftAt: textOrNull(d.leftAt),
  });
  if (parsed.success) return { ok: true, patch: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error.issues, personFields) };
}

import type { CreatePersonRequest, UpdatePersonRequest } from '../../domain/api/people.js';
import type { Person } from '../../domain/model/person.js';

/** A person as the form holds it: text as typed (empty for none), switches as they are set. */
export type PersonDraft = {
  name: string;
  email: string;
  department: string;
  school: string;
  rfid: string;
  barcode: string;
  leftAt: string;
  lend: boolean;
  staff: boolean;
  canLogIn: boolean;
  isAdmin: boolean;
};
export type PersonTextField = 'name' | 'email' | 'department' | 'school' | 'rfid' | 'barcode' | 'leftAt';
export type PersonFlag = 'lend' | 'staff' | 'canLogIn' | 'isAdmin';

/** Who may sign in and with what powers: the API lets only admins change these. */
export const ACCESS_FIELDS = [
  'email',
  'staff',
  'canLogIn',
  'isAdmin',
] as const satisfies (keyof PersonDraft)[];

const TEXT_FIELDS: PersonTextField[] = ['name', 'email', 'department', 'school', 'rfid', 'barcode', 'leftAt'];
const FLAGS: PersonFlag[] = ['lend', 'staff', 'canLogIn', 'isAdmin'];

/** A new person borrows, and is neither staff nor able to sign in, as the API's defaults are. */
export function draftOf(person: Person | null): PersonDraft {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    department: person?.department ?? '',
    school: person?.school ?? '',
    rfid: person?.rfid ?? '',
    barcode: person?.barcode ?? '',
    leftAt: person?.leftAt ?? '',
    lend: person?.lend ?? true,
    staff: person?.staff ?? false,
    canLogIn: person?.canLogIn ?? false,
    isAdmin: person?.isAdmin ?? false,
  };
}

/** The fields that differ from `before` (every field set, for a new person), empty text as none. */
export function changesOf(draft: PersonDraft, before: Person | null): UpdatePersonRequest {
  const base = draftOf(before);
  const changes: Record<string, unknown> = {};
  for (const f of TEXT_FIELDS) {
    const text = draft[f].trim();
    if (before && text === base[f].trim()) continue;
    if (!before && text === '') continue;
    changes[f] = text === '' ? null : text;
  }
  for (const f of FLAGS) if (draft[f] !== base[f] || !before) changes[f] = draft[f];
  return changes as UpdatePersonRequest;
}

/** The body of `POST /people` for a draft: the name always, the rest as set. */
export function createRequestOf(draft: PersonDraft): CreatePersonRequest {
  return { ...changesOf(draft, null), name: draft.name.trim() };
}

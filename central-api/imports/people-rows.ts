/** The columns of a people import (a school information system's export, or our own people export). */
import { NewPerson } from '../../domain/model/person.js';
import { booleanCell, dateCell, textCell } from './cells.js';
import type { CsvTable } from './csv-table.js';
import { placeColumns, readRows, type Column, type Problems } from './import-columns.js';
import { validateRow } from './row-validation.js';

type PersonField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'department'
  | 'school'
  | 'rfid'
  | 'barcode'
  | 'staff'
  | 'lend'
  | 'leftAt'
  | 'id'
  | 'isAdmin'
  | 'canLogIn'
  | 'erasedAt';

export const personColumns: readonly Column<PersonField>[] = [
  { field: 'id', headers: ['id'], parse: textCell, ignored: true },
  { field: 'name', headers: ['name', 'full name'], parse: textCell },
  {
    field: 'firstName',
    headers: ['first name', 'forename', 'given name'],
    parse: textCell,
    alternative: true,
  },
  { field: 'lastName', headers: ['last name', 'surname', 'family name'], parse: textCell, alternative: true },
  { field: 'email', headers: ['email', 'email address', 'e-mail'], parse: textCell },
  { field: 'department', headers: ['department', 'year group', 'tutor group', 'form'], parse: textCell },
  { field: 'school', headers: ['school'], parse: textCell },
  { field: 'rfid', headers: ['rfid', 'rfid card', 'card rfid'], parse: textCell },
  { field: 'barcode', headers: ['barcode', 'card barcode'], parse: textCell },
  { field: 'staff', headers: ['staff'], parse: booleanCell },
  { field: 'lend', headers: ['lend', 'may borrow'], parse: booleanCell },
  { field: 'leftAt', headers: ['left at', 'leaving date', 'date left'], parse: dateCell },
  { field: 'isAdmin', headers: ['is admin'], parse: textCell, ignored: true },
  { field: 'canLogIn', headers: ['can log in'], parse: textCell, ignored: true },
  { field: 'erasedAt', headers: ['erased at'], parse: textCell, ignored: true },
];

/**
 * What a row says of a person: the fields whose columns the file has (null where a cell is empty), and
 * each field's header in the file, for the problems found later.
 */
export type PersonInput = { line: number; fields: NewPerson; headers: ReadonlyMap<string, string> };

const SET_BY_FILE = ['email', 'department', 'school', 'rfid', 'barcode', 'leftAt'] as const;
const YES_NO = ['staff', 'lend'] as const;

/** Read and check every row; a row with problems is reported and left out. */
export async function personRows(table: CsvTable, problems: Problems): Promise<PersonInput[]> {
  const placed = placeColumns(table.header, personColumns, problems);
  const hasName = placed.has('name') || (placed.has('firstName') && placed.has('lastName'));
  if (!hasName) {
    problems.add(
      1,
      null,
      'missing_column',
      'The file needs a “name” column, or “first name” and “last name” columns.',
    );
    return [];
  }
  const headerOf = (field: string) =>
    placed.get(field as PersonField)?.header ??
    (field === 'name' ? placed.get('firstName')?.header : undefined) ??
    field;
  const headers = new Map(personColumns.map((c) => [c.field as string, headerOf(c.field)]));
  const inputs: PersonInput[] = [];
  const lateFaults = await readRows(table, placed, problems, ({ line, values, faulty }) => {
    const name = placed.has('name')
      ? values.name
      : [values.firstName, values.lastName].filter((p) => typeof p === 'string').join(' ') || null;
    const candidate: Record<string, unknown> = { name };
    for (const f of SET_BY_FILE) if (f in values) candidate[f] = values[f];
    // An empty yes/no cell says nothing: new people get the default, existing ones keep theirs.
    for (const f of YES_NO) if (values[f] !== undefined && values[f] !== null) candidate[f] = values[f];
    if (typeof candidate.email === 'string') candidate.email = candidate.email.toLowerCase();
    const fields = validateRow(NewPerson, candidate, line, headerOf, problems);
    if (fields && !faulty) inputs.push({ line, fields, headers });
  });
  return lateFaults.size === 0 ? inputs : inputs.filter((input) => !lateFaults.has(input.line));
}

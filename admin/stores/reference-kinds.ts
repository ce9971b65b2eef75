import type { z } from 'zod';
import type { Page } from '../../domain/api/pagination.js';
import { AssetTypesPage, DisposalTypesPage, LocationsPage } from '../../domain/api/reference.js';

/** One field of a reference row as the console edits it: text in the form, the API's value when sent. */
export type ReferenceFieldSpec = {
  key: string;
  label: string;
  hint?: string;
  kind: 'text' | 'hours';
  required?: boolean;
};

export type ReferenceRow = { id: string; name: string } & Record<string, unknown>;

export type ReferenceKindSpec = {
  slug: 'locations' | 'asset-types' | 'disposal-types';
  path: string;
  title: string;
  noun: string;
  page: z.ZodType<Page<ReferenceRow>>;
  fields: ReferenceFieldSpec[];
  /** What an empty table means and what to do next. */
  empty: string;
};

const name: ReferenceFieldSpec = { key: 'name', label: 'Name', kind: 'text', required: true };

/** The three reference tables, in the order the console's tabs list them. */
export const referenceKinds: ReferenceKindSpec[] = [
  {
    slug: 'locations',
    path: '/locations',
    title: 'Locations',
    noun: 'location',
    page: LocationsPage as z.ZodType<Page<ReferenceRow>>,
    fields: [
      name,
      { key: 'area', label: 'Area', hint: 'The building or site, for example Walker House.', kind: 'text' },
    ],
    empty:
      'Add the rooms and cupboards kit lives in and is returned to, for example “AV cupboard” in “Walker House”. Assets and kiosks then name them.',
  },
  {
    slug: 'asset-types',
    path: '/asset-types',
    title: 'Asset types',
    noun: 'asset type',
    page: AssetTypesPage as z.ZodType<Page<ReferenceRow>>,
    fields: [
      name,
      { key: 'description', label: 'Description', kind: 'text' },
      {
        key: 'loanPeriodHours',
        label: 'Loan period (hours)',
        hint: 'How long a loan of this type lasts; leave it empty for the school’s usual period.',
        kind: 'hours',
      },
    ],
    empty:
      'Add the kinds of kit you lend, for example “Camera” for 72 hours or “Tripod” for a week (168 hours).',
  },
  {
    slug: 'disposal-types',
    path: '/disposal-types',
    title: 'Disposal types',
    noun: 'disposal type',
    page: DisposalTypesPage as z.ZodType<Page<ReferenceRow>>,
    fields: [name],
    empty:
      'Add the ways kit leaves the school, for example “Recycled”, “Sold” or “Lost”, before disposing of an asset.',
  },
];

/** The text a form shows for a row's value. */
export function fieldText(row: ReferenceRow | null, field: ReferenceFieldSpec): string {
  const value = row?.[field.key];
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The body of a create or update from the form's text: empty optional fields become null, hours a whole
 * number. A value the API will refuse (letters for hours) is sent as typed, so its sentence comes back.
 */
export function referenceBody(
  fields: ReferenceFieldSpec[],
  text: Record<string, string>,
): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((f) => {
      const value = (text[f.key] ?? '').trim();
      if (f.required) return [f.key, value];
      if (value === '') return [f.key, null];
      return [f.key, f.kind === 'hours' && /^\d+$/.test(value) ? Number(value) : value];
    }),
  );
}

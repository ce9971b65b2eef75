import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';
import { NewPerson, Person } from '../model/person.js';
import { SortOrder } from './assets.js';
import { pageOf, PageQuery, QueryBoolean } from './pagination.js';
import { Text } from '../text.js';

/** `POST /people`. Email, staff, admin and "can log in" are for admins to set; staff may set the rest. */
export const CreatePersonRequest = NewPerson;
export type CreatePersonRequest = z.infer<typeof CreatePersonRequest>;

/** `PATCH /people/:id`: only the fields sent change. */
export const UpdatePersonRequest = NewPerson.partial();
export type UpdatePersonRequest = z.infer<typeof UpdatePersonRequest>;

/** The columns a list of people can be sorted by; ties fall back to the name. */
export const PersonSort = z.enum(['name', 'email', 'department', 'school']);
export type PersonSort = z.infer<typeof PersonSort>;

/**
 * `GET /people`: `q` finds part of a name, email, school or department (year group), or a whole card
 * number; sorted by name (A to Z) unless `sort` and `order` say otherwise.
 */
export const PeopleQuery = PageQuery.extend({
  school: Text.min(1).max(200).optional(),
  staff: QueryBoolean.optional(),
  lend: QueryBoolean.optional(),
  sort: PersonSort.optional(),
  order: SortOrder.optional(),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

export const PeoplePage = pageOf(Person);
export type PeoplePage = z.infer<typeof PeoplePage>;

/** One asset of a person's loan, and when it came back (null while it is still out). */
export const PersonLoanAsset = z.object({
  assetId: Id,
  name: z.string(),
  barcode: z.string().nullable(),
  returnedAt: IsoDateTime.nullable(),
});

/** A loan of the person's, with what was on it. */
export const PersonLoan = z.object({
  id: Id,
  outAt: IsoDateTime,
  dueAt: IsoDateTime,
  returnedAt: IsoDateTime.nullable(),
  assets: z.array(PersonLoanAsset),
});
export type PersonLoan = z.infer<typeof PersonLoan>;

/** `GET /people/:id/loans`: every open loan, and the latest past ones. */
export const PersonLoans = z.object({
  current: z.array(PersonLoan),
  past: z.array(PersonLoan),
  /** Every past loan, listed or not. */
  pastCount: z.number().int().nonnegative(),
});
export type PersonLoans = z.infer<typeof PersonLoans>;

import type { z } from 'zod';
import { NewPerson, Person } from '../model/person.js';
import { pageOf, PageQuery, QueryBoolean } from './pagination.js';
import { Text } from '../text.js';

/** `POST /people`. Email, staff, admin and "can log in" are for admins to set; staff may set the rest. */
export const CreatePersonRequest = NewPerson;
export type CreatePersonRequest = z.infer<typeof CreatePersonRequest>;

/** `PATCH /people/:id`: only the fields sent change. */
export const UpdatePersonRequest = NewPerson.partial();
export type UpdatePersonRequest = z.infer<typeof UpdatePersonRequest>;

/** `GET /people`: `q` searches name, email, department and card numbers. */
export const PeopleQuery = PageQuery.extend({
  school: Text.min(1).max(200).optional(),
  staff: QueryBoolean.optional(),
  lend: QueryBoolean.optional(),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

export const PeoplePage = pageOf(Person);
export type PeoplePage = z.infer<typeof PeoplePage>;

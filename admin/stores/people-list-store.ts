import { PeoplePage, PersonSort } from '../../domain/api/people.js';
import type { Person } from '../../domain/model/person.js';
import type { ApiClient } from '../api/api-client.js';
import {
  createPagedListStore,
  listQueryOf,
  type ListShape,
  type PagedListState,
} from './paged-list-store.js';

export const peopleList: ListShape<PersonSort> = { sorts: PersonSort, defaultSort: 'name', pageSize: 25 };

export type PeopleListState = PagedListState<PersonSort, Person>;

/** Pupils and staff, 25 at a time, found by name, email, school, year group or a card number. */
export function createPeopleListStore(api: ApiClient, address: URLSearchParams) {
  return createPagedListStore(
    peopleList,
    (params) => api.get(PeoplePage, `/people?${params}`),
    listQueryOf(peopleList, address),
  );
}
export type PeopleListStore = ReturnType<typeof createPeopleListStore>;

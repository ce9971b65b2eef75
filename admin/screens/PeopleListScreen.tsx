import { useEffect } from 'react';
import { Link } from 'wouter';
import type { PersonSort } from '../../domain/api/people.js';
import type { Person } from '../../domain/model/person.js';
import { EmptyState } from '../../ui/components/EmptyState.js';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { orNoValue } from '../../ui/components/NoValue.js';
import { SearchBar } from '../../ui/components/SearchBar.js';
import { SortedTable } from '../../ui/components/SortedTable.js';
import { useIsAdmin, usePeopleList } from '../app/console-stores.js';
import { listSearchParams } from '../stores/paged-list-store.js';
import { peopleList } from '../stores/people-list-store.js';

const columns: { sort: PersonSort; label: string }[] = [
  { sort: 'name', label: 'Name' },
  { sort: 'email', label: 'Email' },
  { sort: 'school', label: 'School' },
  { sort: 'department', label: 'Department or year group' },
];

const count = new Intl.NumberFormat('en-GB');

/** What a person is, in a word or two: what the kiosk will let them do. */
function roleOf(p: Person): string {
  const role = p.isAdmin ? 'Admin' : p.staff ? 'Staff' : 'Pupil';
  return p.lend ? role : `${role}, may not borrow`;
}

/** Every pupil and member of staff, a page at a time from the server, found by one search box. */
export function PeopleListScreen() {
  const query = usePeopleList((s) => s.query);
  const result = usePeopleList((s) => s.result);
  const loading = usePeopleList((s) => s.loading);
  const error = usePeopleList((s) => s.error);
  const { load, search, goToPage, sortBy } = usePeopleList((s) => s);
  const isAdmin = useIsAdmin();

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    const params = listSearchParams(peopleList, query).toString();
    window.history.replaceState(null, '', params ? `?${params}` : window.location.pathname);
  }, [query]);

  return (
    <section aria-labelledby="people-title">
      <div className="page-heading">
        <h1 id="people-title">People</h1>
        {result && (
          <p className="page-heading__count">
            {query.q
              ? `${count.format(result.total)} ${result.total === 1 ? 'match' : 'matches'}`
              : `${count.format(result.total)} ${result.total === 1 ? 'person' : 'people'}`}
          </p>
        )}
        <Link className="btn btn--primary page-heading__action" href="/people/new">
          Add a person
        </Link>
      </div>
      <SearchBar
        label="Search people"
        hint="Part of a name, email, school or year group, or a whole card number: tap a card on the desk reader and it searches by itself."
        placeholder="For example Khan, Year 10 or a card number"
        current={query.q}
        onSearch={(q) => void search(q)}
      />
      <ErrorNote message={error?.message} />

      {result && result.total === 0 && !loading && (
        <EmptyState title={query.q ? `Nothing matches “${query.q}”` : 'No people yet'}>
          {query.q
            ? 'Check the spelling, or tap the card again: a card number must be whole, names can be part of one. Clear the search to see everyone.'
            : isAdmin
              ? 'Import the school roster as a CSV under Import and export, or add a person one at a time with “Add a person”.'
              : 'Add a person with “Add a person”, or ask an admin to import the school roster.'}
        </EmptyState>
      )}

      {result && result.total > 0 && (
        <SortedTable
          nouns={['person', 'people']}
          q={query.q}
          sort={query.sort}
          order={query.order}
          columns={columns}
          plainColumns={['Cards', 'Role']}
          busy={loading}
          onSort={(column) => void sortBy(column)}
          page={result}
          onPage={(page) => void goToPage(page)}
        >
          {result.items.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="data-table__name">
                <Link href={`/people/${p.id}`}>{p.name}</Link>
              </th>
              <td>{orNoValue(p.email)}</td>
              <td>{orNoValue(p.school)}</td>
              <td>{orNoValue(p.department)}</td>
              <td className="mono">{orNoValue([p.rfid, p.barcode].filter(Boolean).join(', '))}</td>
              <td>{roleOf(p)}</td>
            </tr>
          ))}
        </SortedTable>
      )}
    </section>
  );
}

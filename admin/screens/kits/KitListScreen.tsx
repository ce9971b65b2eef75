import { useEffect } from 'react';
import { Link } from 'wouter';
import { EmptyState } from '../../../ui/components/EmptyState.js';
import { ErrorNote } from '../../../ui/components/ErrorNote.js';
import { Pager } from '../../../ui/components/Pager.js';
import { SearchBar } from '../../../ui/components/SearchBar.js';
import { useKitList } from '../../app/console-stores.js';

/** Every kit, by name, with the way to build a new one. */
export function KitListScreen() {
  const { query, result, loading, error, load, search, goToPage } = useKitList((s) => s);
  const { q } = query;
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="kit-list-title">
      <div className="page-heading">
        <h1 id="kit-list-title">Kits</h1>
        {result && (
          <p className="page-heading__count">
            {q ? `${result.total} ${result.total === 1 ? 'match' : 'matches'}` : `${result.total} kits`}
          </p>
        )}
        <Link className="btn btn--primary page-heading__action" href="/kits/new">
          New kit
        </Link>
      </div>
      <SearchBar
        label="Search kits"
        hint="Part of a kit's name, for example “vlog” or “light”."
        current={q}
        onSearch={(text) => void search(text)}
      />
      <ErrorNote message={error?.message} />
      {result && result.total === 0 && !loading && (
        <EmptyState title={q ? `No kit is called anything like “${q}”` : 'No kits yet'}>
          {q
            ? 'Check the spelling, or clear the search to see every kit.'
            : 'A kit is a set of assets lent and returned together, with its untagged accessories. Press “New kit” to build the first one.'}
        </EmptyState>
      )}
      {result && result.total > 0 && (
        <>
          <div className="table-wrap">
            <table className="data-table" aria-busy={loading}>
              <caption className="visually-hidden">Kits, A to Z</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((kit) => (
                  <tr key={kit.id}>
                    <th scope="row" className="data-table__name">
                      <Link href={`/kits/${kit.id}`}>{kit.name}</Link>
                    </th>
                    <td>{kit.description ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            noun={result.total === 1 ? 'kit' : 'kits'}
            total={result.total}
            page={result.page}
            pageSize={result.pageSize}
            onPage={(page) => void goToPage(page)}
          />
        </>
      )}
    </section>
  );
}

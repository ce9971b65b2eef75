import { useEffect, useState, type FormEvent } from 'react';
import { assetStatusOf, type AssetSort } from '../../domain/api/assets.js';
import { AssetStatusPill } from '../../ui/components/AssetStatusPill.js';
import { EmptyState } from '../../ui/components/EmptyState.js';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { orNoValue } from '../../ui/components/NoValue.js';
import { SortedTable } from '../../ui/components/SortedTable.js';
import { useAssetList } from '../app/console-stores.js';
import { assetListSearchParams } from '../stores/asset-list-store.js';

const columns: { sort: AssetSort; label: string }[] = [
  { sort: 'name', label: 'Name' },
  { sort: 'barcode', label: 'Barcode' },
  { sort: 'serialNumber', label: 'Serial number' },
  { sort: 'modelId', label: 'Model' },
  { sort: 'manufacturer', label: 'Manufacturer' },
];

const count = new Intl.NumberFormat('en-GB');

/** Every asset, a page at a time from the server, sorted by any column, found by one search box. */
export function AssetListScreen() {
  const query = useAssetList((s) => s.query);
  const result = useAssetList((s) => s.result);
  const loading = useAssetList((s) => s.loading);
  const error = useAssetList((s) => s.error);
  const { load, search, goToPage, sortBy } = useAssetList((s) => s);
  const [text, setText] = useState(query.q);

  useEffect(() => {
    void load();
  }, [load]);
  // The address keeps the search, page and order, so a reload or a shared link shows the same list.
  useEffect(() => {
    const params = assetListSearchParams(query).toString();
    window.history.replaceState(null, '', params ? `?${params}` : window.location.pathname);
  }, [query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void search(text);
  };
  const clear = () => {
    setText('');
    void search('');
  };

  return (
    <section className="asset-list" aria-labelledby="asset-list-title">
      <div className="page-heading">
        <h1 id="asset-list-title">Assets</h1>
        {result && (
          <p className="page-heading__count">
            {query.q
              ? `${count.format(result.total)} ${result.total === 1 ? 'match' : 'matches'}`
              : `${count.format(result.total)} in the catalogue`}
          </p>
        )}
      </div>
      <form className="search-bar" role="search" onSubmit={submit}>
        <label htmlFor="asset-search">Search assets</label>
        <p className="search-bar__hint" id="asset-search-hint">
          Name, serial number, model or manufacturer, or a whole barcode, RFID or QR value. A barcode scanner
          can type straight into the box.
        </p>
        <div className="search-bar__row">
          <input
            id="asset-search"
            type="search"
            aria-describedby="asset-search-hint"
            autoComplete="off"
            spellCheck={false}
            placeholder="For example KD-00101, a serial number or Canon"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="btn btn--primary">
            Search
          </button>
          {query.q && (
            <button type="button" className="btn btn--secondary" onClick={clear}>
              Clear search
            </button>
          )}
        </div>
      </form>

      <ErrorNote message={error?.message} />

      {result && result.total === 0 && !loading && (
        <EmptyState title={query.q ? `Nothing matches “${query.q}”` : 'No assets yet'}>
          {query.q
            ? 'Check the spelling or scan the label again. A barcode, RFID or QR value must be whole; names and serial numbers can be part of one. Clear the search to see every asset.'
            : 'Import an assets CSV (POST /imports/assets) or add assets at the return desk’s staff screens; they appear here as soon as they are saved.'}
        </EmptyState>
      )}

      {result && result.total > 0 && (
        <SortedTable
          nouns={['asset', 'assets']}
          q={query.q}
          sort={query.sort}
          order={query.order}
          columns={columns}
          plainColumns={['Status']}
          busy={loading}
          onSort={(column) => void sortBy(column)}
          page={result}
          onPage={(page) => void goToPage(page)}
        >
          {result.items.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="data-table__name">
                {a.name}
              </th>
              <td className="mono">{orNoValue(a.barcode)}</td>
              <td className="mono">{orNoValue(a.serialNumber)}</td>
              <td>{orNoValue(a.modelId)}</td>
              <td>{orNoValue(a.manufacturer)}</td>
              <td>
                <AssetStatusPill status={assetStatusOf(a)} />
              </td>
            </tr>
          ))}
        </SortedTable>
      )}
    </section>
  );
}

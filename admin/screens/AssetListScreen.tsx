import { orNoValue } from '../../ui/components/NoValue.js';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { assetStatusOf, type AssetSort, type AssetWithLoan } from '../../domain/api/assets.js';
import { AssetStatusPill } from '../../ui/components/AssetStatusPill.js';
import { EmptyState } from '../../ui/components/EmptyState.js';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { Pager } from '../../ui/components/Pager.js';
import { SortableHeader } from '../../ui/components/SortableHeader.js';
import { Thumbnail } from '../../ui/components/Thumbnail.js';
import { useAssetChoices, useAssetList } from '../app/console-stores.js';
import { usePictureUrl } from '../app/use-picture-url.js';
import { assetListSearchParams, noFilters } from '../stores/asset-list-store.js';
import { AssetFilters } from './asset/AssetFilters.js';

const columns: { sort: AssetSort; label: string }[] = [
  { sort: 'name', label: 'Name' },
  { sort: 'barcode', label: 'Barcode' },
  { sort: 'serialNumber', label: 'Serial number' },
  { sort: 'modelId', label: 'Model' },
  { sort: 'manufacturer', label: 'Manufacturer' },
];

const count = new Intl.NumberFormat('en-GB');

/** One asset: its name opens its page, and so does a click anywhere on the row. */
function AssetRow(props: { asset: AssetWithLoan; onOpen: (id: string) => void }) {
  const a = props.asset;
  const picture = usePictureUrl(a.id, a.pictureKey);
  return (
    <tr className="data-table__link-row" onClick={() => props.onOpen(a.id)}>
      <td className="data-table__thumb">
        <Thumbnail src={picture} alt="" />
      </td>
      <th scope="row" className="data-table__name">
        <Link href={`/assets/${a.id}`} onClick={(e) => e.stopPropagation()}>
          {a.name}
        </Link>
      </th>
      <td className="mono">{orNoValue(a.barcode)}</td>
      <td className="mono">{orNoValue(a.serialNumber)}</td>
      <td>{orNoValue(a.modelId)}</td>
      <td>{orNoValue(a.manufacturer)}</td>
      <td>
        <AssetStatusPill status={assetStatusOf(a)} />
      </td>
    </tr>
  );
}

/** Every asset, a page at a time from the server, sorted by any column, found by one search box. */
export function AssetListScreen() {
  const query = useAssetList((s) => s.query);
  const result = useAssetList((s) => s.result);
  const loading = useAssetList((s) => s.loading);
  const error = useAssetList((s) => s.error);
  const { load, search, goToPage, sortBy } = useAssetList((s) => s);
  const [text, setText] = useState(query.q);
  const [, navigate] = useLocation();
  const loadChoices = useAssetChoices((s) => s.load);
  const filtered = (Object.keys(noFilters) as (keyof typeof noFilters)[]).some((f) => query[f] !== '');

  useEffect(() => {
    void load();
    void loadChoices();
    document.title = 'Assets · Kitdesk admin';
  }, [load, loadChoices]);
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
            {query.q || filtered
              ? `${count.format(result.total)} ${result.total === 1 ? 'match' : 'matches'}`
              : `${count.format(result.total)} in the catalogue`}
          </p>
        )}
        <Link className="btn btn--primary page-heading__action" href="/assets/new">
          Add an asset
        </Link>
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

      <AssetFilters />

      <ErrorNote message={error?.message} />

      {result && result.total === 0 && !loading && (
        <EmptyState
          title={
            query.q
              ? `Nothing matches “${query.q}”`
              : filtered
                ? 'No assets fit these filters'
                : 'No assets yet'
          }
        >
          {query.q
            ? 'Check the spelling or scan the label again. A barcode, RFID or QR value must be whole; names and serial numbers can be part of one. Clear the search to see every asset.'
            : filtered
              ? 'Choose “Any” in a filter, or clear the filters, to see more.'
              : 'Press “Add an asset” to add the first one, or import an assets CSV; they appear here as soon as they are saved.'}
        </EmptyState>
      )}

      {result && result.total > 0 && (
        <>
          <div className="table-wrap">
            <table className="data-table" aria-busy={loading} aria-describedby="asset-list-caption">
              <caption id="asset-list-caption" className="visually-hidden">
                Assets{query.q ? ` matching “${query.q}”` : ''}, sorted by{' '}
                {columns.find((c) => c.sort === query.sort)?.label.toLowerCase()},{' '}
                {query.order === 'asc' ? 'A to Z' : 'Z to A'}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="data-table__thumb">
                    <span className="visually-hidden">Picture</span>
                  </th>
                  {columns.map((c) => (
                    <SortableHeader
                      key={c.sort}
                      direction={query.sort === c.sort ? query.order : null}
                      onSort={() => void sortBy(c.sort)}
                    >
                      {c.label}
                    </SortableHeader>
                  ))}
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((a) => (
                  <AssetRow key={a.id} asset={a} onOpen={(id) => navigate(`/assets/${id}`)} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            noun={result.total === 1 ? 'asset' : 'assets'}
            onPage={(page) => void goToPage(page)}
          />
        </>
      )}
    </section>
  );
}

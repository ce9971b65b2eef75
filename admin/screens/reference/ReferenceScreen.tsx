import { useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import { useStore } from 'zustand';
import { EmptyState } from '../../../ui/components/EmptyState.js';
import { ErrorNote } from '../../../ui/components/ErrorNote.js';
import { Pager } from '../../../ui/components/Pager.js';
import { SearchBar } from '../../../ui/components/SearchBar.js';
import { useReferenceStores, type ReferenceStores } from '../../app/console-stores.js';
import { fieldText, referenceKinds, type ReferenceRow } from '../../stores/reference-kinds.js';
import { ReferenceRowEditor } from './ReferenceRowEditor.js';

function Row(props: { stores: ReferenceStores; row: ReferenceRow }) {
  const { stores, row } = props;
  const { kind } = stores;
  const { busy, errors, update, remove, clear } = useStore(stores.edits);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const error = errors[`row:${row.id}`];
  const close = () => {
    clear(`row:${row.id}`);
    setMode('view');
  };
  return (
    <tr>
      {mode === 'edit' ? (
        <td colSpan={kind.fields.length + 1}>
          <ReferenceRowEditor
            kind={kind}
            row={row}
            busy={busy}
            error={error}
            submitLabel="Save"
            onSave={async (body) => {
              const saved = await update(row.id, body);
              if (saved) setMode('view');
              return saved;
            }}
            onCancel={close}
          />
        </td>
      ) : (
        <>
          {kind.fields.map((f, i) =>
            i === 0 ? (
              <th key={f.key} scope="row" className="data-table__name">
                {fieldText(row, f)}
              </th>
            ) : (
              <td key={f.key}>{fieldText(row, f)}</td>
            ),
          )}
          <td className="data-table__actions">
            {mode === 'confirm-delete' ? (
              <span className="reference-confirm">
                <span>Delete “{row.name}”?</span>
                <button
                  type="button"
                  className="btn btn--danger"
                  disabled={busy}
                  autoFocus
                  onClick={() => void remove(row.id)}
                >
                  Yes, delete it
                </button>
                <button type="button" className="btn btn--secondary" onClick={close}>
                  Keep it
                </button>
              </span>
            ) : (
              <span className="reference-confirm">
                <button
                  type="button"
                  className="btn btn--secondary"
                  aria-label={`Edit ${row.name}`}
                  onClick={() => setMode('edit')}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="btn btn--secondary"
                  aria-label={`Delete ${row.name}`}
                  onClick={() => setMode('confirm-delete')}
                >
                  Delete
                </button>
              </span>
            )}
            {error && (
              <p className="field__error reference-row__error" role="alert">
                {error}
              </p>
            )}
          </td>
        </>
      )}
    </tr>
  );
}

function ReferenceTable(props: { stores: ReferenceStores }) {
  const { stores } = props;
  const { kind } = stores;
  const { query, result, loading, error, load, search, goToPage } = useStore(stores.list);
  const { q } = query;
  const edits = useStore(stores.edits);
  useEffect(() => {
    void load();
  }, [load]);
  const plural = kind.title.toLowerCase();
  return (
    <>
      <p className="kit-page__notice" role="status">
        {edits.notice}
      </p>
      <section className="panel" aria-labelledby="reference-add-title">
        <h2 id="reference-add-title">Add a {kind.noun}</h2>
        <ReferenceRowEditor
          key={kind.slug}
          kind={kind}
          row={null}
          busy={edits.busy}
          error={edits.errors.create}
          submitLabel={`Add ${kind.noun}`}
          onSave={edits.create}
        />
      </section>
      {(q || (result?.total ?? 0) > 0) && (
        <SearchBar
          key={kind.slug}
          label={`Search ${plural}`}
          hint="Part of the name."
          current={q}
          onSearch={(text) => void search(text)}
        />
      )}
      <ErrorNote message={error?.message} />
      {result && result.total === 0 && !loading && (
        <EmptyState title={q ? `No ${kind.noun} is called anything like “${q}”` : `No ${plural} yet`}>
          {q ? 'Check the spelling, or clear the search to see them all.' : kind.empty}
        </EmptyState>
      )}
      {result && result.total > 0 && (
        <>
          <div className="table-wrap">
            <table className="data-table" aria-busy={loading}>
              <caption className="visually-hidden">{kind.title}, A to Z</caption>
              <thead>
                <tr>
                  {kind.fields.map((f) => (
                    <th key={f.key} scope="col">
                      {f.label}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((row) => (
                  <Row key={row.id} stores={stores} row={row} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            noun={result.total === 1 ? kind.noun : plural}
            onPage={(page) => void goToPage(page)}
          />
        </>
      )}
    </>
  );
}

/** Locations, asset types and disposal types: one tab each, listed, added, changed and deleted when unused. */
export function ReferenceScreen() {
  const { kind: slug = referenceKinds[0]!.slug } = useParams<{ kind?: string }>();
  const stores = useReferenceStores(slug);
  return (
    <section aria-labelledby="reference-title">
      <div className="page-heading">
        <h1 id="reference-title">Reference data</h1>
      </div>
      <nav className="tabs" aria-label="Reference tables">
        {referenceKinds.map((k) => (
          <Link
            key={k.slug}
            href={`/reference/${k.slug}`}
            className="tabs__link"
            aria-current={k.slug === slug ? 'page' : undefined}
          >
            {k.title}
          </Link>
        ))}
      </nav>
      {stores ? (
        <ReferenceTable key={slug} stores={stores} />
      ) : (
        <EmptyState title="There is no such table">Choose one of the tabs above.</EmptyState>
      )}
    </section>
  );
}

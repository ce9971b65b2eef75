import { useId } from 'react';
import type { AssetWithLoan } from '../../../domain/api/assets.js';
import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { formatPence } from '../../../ui/format/money.js';
import { useKioskQuery } from '../../queries/use-kiosk-query.js';

function assetState(a: AssetWithLoan): { label: string; tone: 'ok' | 'warn' | 'bad' | 'neutral' } {
  if (a.disposalDate !== null) return { label: 'Disposed of', tone: 'neutral' };
  if (a.cannotLend) return { label: 'Not for loan', tone: 'bad' };
  if (a.allocationId !== null) return { label: 'On loan', tone: 'warn' };
  return { label: 'Available', tone: 'ok' };
}

/** What tells one asset from another besides its label: its serial number and value. */
function details(a: { serialNumber: string | null; estimatedValuePence: number | null }): string {
  return [
    a.serialNumber && `Serial ${a.serialNumber}`,
    a.estimatedValuePence !== null && formatPence(a.estimatedValuePence),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Look people and equipment up by name or by scanning a card or label into the box. */
export function SearchPanel() {
  const { searchText, setSearchText, edit: open } = useKiosk('navigation');
  const { account } = useKiosk('staffAccount');
  const id = useId();
  const query = searchText.trim();
  // Each query keeps its own answer, so a slow one for text typed over never shows; the last results stay
  // until the new ones come. Back from an edit or a sync, the search runs again on the kiosk's copy.
  const search = useKioskQuery(
    'catalogue.search',
    { query, limit: 25 },
    { enabled: query.length > 0, keepPrevious: true },
  );
  const result = query.length > 0 ? search.data : undefined;
  const edit = (label: string, kind: 'person' | 'asset' | 'kit', recordId: string) => (
    <button
      type="button"
      className="btn btn--secondary results__edit"
      aria-label={label}
      onClick={() => open({ kind, id: recordId })}
    >
      {kind === 'kit' ? 'Edit kit' : 'Edit'}
    </button>
  );
  return (
    <div className="search">
      <h2 className="panel-heading">Search</h2>
      <form className="search__form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={id}>Name, label or card number</label>
        <input
          id={id}
          type="search"
          autoComplete="off"
          value={searchText}
          onChange={(e) => setSearchText(e.currentTarget.value)}
        />
      </form>
      <p className="search__hint">
        {account
          ? 'Tap Edit to change a record on the central system.'
          : 'Tap Edit to change a record: you will be asked for your staff email and password.'}
      </p>
      <ErrorNote error={query.length > 0 ? search.error : null} />
      {result && (
        <div className="search__results" aria-live="polite">
          <section aria-labelledby={`${id}-people`}>
            <h3 id={`${id}-people`}>People ({result.people.length})</h3>
            {result.people.length === 0 ? (
              <p className="empty-note">No one matches.</p>
            ) : (
              <ul className="results">
                {result.people.map((p) => (
                  <li key={p.id} className="results__item">
                    <span className="results__name">{p.name}</span>
                    <span className="results__detail">
                      {[p.department, p.school].filter(Boolean).join(' · ')}
                    </span>
                    <span className="results__badges">
                      {(p.staff || p.isAdmin) && <span className="pill pill--neutral">Staff</span>}
                      <span className={`pill ${p.lend ? 'pill--ok' : 'pill--bad'}`}>
                        {p.lend ? 'Can borrow' : 'May not borrow'}
                      </span>
                      {!p.rfid && <span className="pill pill--warn">No card</span>}
                    </span>
                    <span className="results__actions">{edit(`Edit ${p.name}`, 'person', p.id)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby={`${id}-assets`}>
            <h3 id={`${id}-assets`}>Equipment ({result.assets.length})</h3>
            {result.assets.length === 0 ? (
              <p className="empty-note">No equipment matches.</p>
            ) : (
              <ul className="results">
                {result.assets.map((a) => {
                  const state = assetState(a);
                  return (
                    <li key={a.id} className="results__item">
                      <span className="results__name">{a.name}</span>
                      <span className="results__detail">
                        {a.barcode && <span className="code">{a.barcode}</span>}
                        {a.barcode && details(a) && ' · '}
                        {details(a)}
                      </span>
                      <span className="results__badges">
                        <span className={`pill pill--${state.tone}`}>{state.label}</span>
                      </span>
                      <span className="results__actions">
                        {edit(`Edit ${a.name}`, 'asset', a.id)}
                        {a.groupId && edit(`Edit the kit of ${a.name}`, 'kit', a.groupId)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { HistoryPage, type HistoryEntry } from '../../../domain/api/audit.js';
import { EmptyState } from '../../../ui/components/EmptyState.js';
import { ErrorNote } from '../../../ui/components/ErrorNote.js';
import { Timeline, type TimelineEvent } from '../../../ui/components/Timeline.js';
import { useApi, useAssetPage } from '../../app/console-stores.js';
import { toApiError } from '../../stores/session-store.js';

const PAGE = 20;

/** The marker of an entry: what part of the asset's life it is, from its stable action name. */
function kindOf(action: string): string {
  const [subject, verb = ''] = action.split('.');
  if (subject === 'loan' || subject === 'return') return 'Loan';
  if (verb.startsWith('picture')) return 'Picture';
  if (verb === 'create') return 'Added';
  if (verb === 'dispose') return 'Disposed';
  return 'Edit';
}

const eventOf = (e: HistoryEntry): TimelineEvent => ({
  id: e.id,
  at: e.at,
  text: e.description,
  who: e.actorName,
  kind: kindOf(e.action),
});

/** Everything the audit trail holds about the asset, newest first, read a page at a time. */
export function AssetHistory(props: { assetId: string }) {
  const api = useApi();
  const version = useAssetPage((s) => s.historyVersion);
  const [shown, setShown] = useState<{ entries: HistoryEntry[]; total: number } | null>(null);
  const [pages, setPages] = useState(1);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .get(HistoryPage, `/assets/${props.assetId}/history?pageSize=${PAGE * pages}`)
      .then((page) => live && setShown({ entries: page.items, total: page.total }))
      .catch((err: unknown) => live && setError(toApiError(err).message));
    return () => {
      live = false;
    };
  }, [api, props.assetId, pages, version]);

  return (
    <section className="asset-page__panel asset-page__history" aria-labelledby="asset-history-title">
      <h2 id="asset-history-title">History</h2>
      <ErrorNote message={error} />
      {shown && shown.total === 0 && (
        <EmptyState title="Nothing recorded yet">
          Changes, loans and returns appear here as they happen.
        </EmptyState>
      )}
      {shown && shown.total > 0 && (
        <>
          <Timeline label="History of this asset, newest first" events={shown.entries.map(eventOf)} />
          {shown.entries.length < shown.total && (
            <button type="button" className="btn btn--secondary" onClick={() => setPages((p) => p + 1)}>
              Show older entries ({shown.total - shown.entries.length} more)
            </button>
          )}
        </>
      )}
    </section>
  );
}

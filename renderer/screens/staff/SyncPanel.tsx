import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { formatShortDateTime } from '../../../ui/format/dates.js';
import { count } from '../../format/wording.js';

/** Where this kiosk stands with the central API, and a button to sync now. */
export function SyncPanel() {
  const sync = useKiosk('sync');
  const s = sync.status;
  return (
    <div className="sync">
      <h2 className="panel-heading">Sync</h2>
      {s && (
        <dl className="facts">
          <dt>Kiosk</dt>
          <dd>{s.enrolled ? (s.kioskName ?? 'Enrolled') : 'Not enrolled'}</dd>
          <dt>Connection</dt>
          <dd>
            {s.online
              ? 'Online'
              : s.offlineSince
                ? `Offline since ${formatShortDateTime(s.offlineSince)}`
                : 'Not connected yet'}
          </dd>
          <dt>Last synchronised</dt>
          <dd>{s.lastSyncAt ? formatShortDateTime(s.lastSyncAt) : 'Never'}</dd>
          <dt>Waiting to send</dt>
          <dd>
            {s.pendingEvents === 0
              ? 'Nothing'
              : count(s.pendingEvents, 'loan or return', 'loans and returns')}
          </dd>
          <dt>Needs attention</dt>
          <dd>{s.openConflicts === 0 ? 'Nothing' : count(s.openConflicts, 'refused record')}</dd>
          <dt>Sync position</dt>
          <dd>{s.cursor}</dd>
          {s.lastError && (
            <>
              <dt>Last problem</dt>
              <dd className="facts__problem">{s.lastError}</dd>
            </>
          )}
        </dl>
      )}
      {s?.progress && (
        <p className="sync__progress">
          <label>
            Receiving changes: {s.progress.done} of {s.progress.total}
            <progress max={s.progress.total} value={s.progress.done} />
          </label>
        </p>
      )}
      <ErrorNote error={sync.error} />
      <button
        type="button"
        className="btn btn--primary btn--big"
        disabled={sync.busy}
        onClick={() => void sync.syncNow()}
      >
        {sync.busy ? 'Syncing…' : 'Sync now'}
      </button>
    </div>
  );
}

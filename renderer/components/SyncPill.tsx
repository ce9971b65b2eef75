import { useKiosk } from '../app/stores-context.js';
import { formatShortDateTime } from '../../ui/format/dates.js';
import { count } from '../format/wording.js';

/**
 * Whether the station is talking to the central API. Offline is not an error for a borrower: loans are
 * kept on the kiosk and sent later, and the pill says so.
 */
export function SyncPill() {
  const { status } = useKiosk('sync');
  if (!status?.enrolled) return null;
  if (status.online) {
    return (
      <span
        className="pill pill--ok"
        title={status.lastSyncAt ? `Last synchronised ${formatShortDateTime(status.lastSyncAt)}` : undefined}
      >
        Online
      </span>
    );
  }
  const waiting = status.pendingEvents > 0 ? ` · ${count(status.pendingEvents, 'record')} to send` : '';
  return <span className="pill pill--warn">Offline{waiting}</span>;
}

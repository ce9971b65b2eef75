import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { NeedsStaffSignIn } from '../staff/account/NeedsStaffSignIn.js';
import { ConflictCard } from './ConflictCard.js';

/**
 * Loans and returns the central API refused after the kiosk recorded them. The pupil may have left, so a
 * member of staff sorts each one out, signed in so the central system records the fix in their name.
 */
export function NeedsAttention() {
  const sync = useKiosk('sync');
  const { account } = useKiosk('staffAccount');
  const open = sync.conflicts.filter((c) => c.status === 'open');
  const resolved = sync.conflicts.filter((c) => c.status === 'resolved');
  return (
    <div className="attention">
      <h2 className="panel-heading">Needs attention</h2>
      <p className="panel-intro">
        This kiosk recorded these while it could not reach the central system, which then did not accept them,
        usually because someone else has the item. Put each one right here.
      </p>
      {open.length === 0 && <p className="empty-note">Nothing needs attention.</p>}
      <ul className="conflicts">
        {open.map((c) => (
          <ConflictCard key={c.id} conflict={c} canAct={account !== null} />
        ))}
      </ul>
      {/* Below the list, so what happened reads first; the fixes appear on each card once signed in. */}
      {open.length > 0 && (
        <NeedsStaffSignIn toDo="put these right">
          <ErrorNote error={sync.error} />
        </NeedsStaffSignIn>
      )}
      {resolved.length > 0 && (
        <details className="attention__resolved">
          <summary>Resolved ({resolved.length})</summary>
          <ul className="conflicts">
            {resolved.map((c) => (
              <ConflictCard key={c.id} conflict={c} canAct={false} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

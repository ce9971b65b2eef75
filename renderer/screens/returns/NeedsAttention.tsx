import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { ConflictCard } from './ConflictCard.js';

/**
 * Loans and returns the central API refused after the kiosk recorded them. The pupil may have left, so a
 * member of staff sorts each one out and writes down what they did.
 */
export function NeedsAttention() {
  const sync = useKiosk('sync');
  const open = sync.conflicts.filter((c) => c.status === 'open');
  const resolved = sync.conflicts.filter((c) => c.status === 'resolved');
  return (
    <div className="attention">
      <h2 className="panel-heading">Needs attention</h2>
      <p className="panel-intro">
        The central system refused these after the kiosk had recorded them. Put each right, then mark it
        resolved with what you did.
      </p>
      <ErrorNote error={sync.error} />
      {open.length === 0 && <p className="empty-note">Nothing needs attention.</p>}
      <ul className="conflicts">
        {open.map((c) => (
          <ConflictCard key={c.id} conflict={c} />
        ))}
      </ul>
      {resolved.length > 0 && (
        <details className="attention__resolved">
          <summary>Resolved ({resolved.length})</summary>
          <ul className="conflicts">
            {resolved.map((c) => (
              <ConflictCard key={c.id} conflict={c} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

import type { Conflict } from '../../../domain/kiosk-api/views.js';
import type { StandingLoan } from '../../../domain/sync/events.js';
import { useKiosk } from '../../app/stores-context.js';
import { formatShortDateTime } from '../../../ui/format/dates.js';
import type { RecordKind } from '../../stores/navigation-store.js';

/** A name that opens the record in the staff area's search, where it can be checked or changed. */
function RecordLink(props: { kind: RecordKind; id: string; name: string; tag?: string | null }) {
  const navigation = useKiosk('navigation');
  return (
    <button
      type="button"
      className="btn btn--quiet conflict__record"
      onClick={() => {
        navigation.edit({ kind: props.kind, id: props.id });
        navigation.open('search');
      }}
    >
      {props.name}
      {props.tag && <span className="conflict__tag"> {props.tag}</span>}
      <span aria-hidden="true" className="conflict__open">
        ›
      </span>
    </button>
  );
}

function where(loan: StandingLoan): string {
  return loan.kiosk ? `at ${loan.kiosk.name}` : 'by a member of staff';
}

/** What the kiosk recorded, and what the central system holds instead: the facts staff need to decide. */
export function ConflictFacts({ conflict }: { conflict: Conflict }) {
  const lent = conflict.kind === 'checkout';
  const open = conflict.status === 'open';
  return (
    <dl className="conflict__facts">
      <dt>{lent ? 'Lent at' : 'Taken back at'}</dt>
      <dd>
        {conflict.kioskName ?? 'This kiosk'}, {formatShortDateTime(conflict.recordedAt)}
      </dd>
      {conflict.borrower && (
        <>
          <dt>To</dt>
          <dd>
            <RecordLink kind="person" id={conflict.borrower.id} name={conflict.borrower.name} />
          </dd>
        </>
      )}
      {/* Refusals recorded before the kiosk kept the items have none: the summary names them. */}
      {conflict.assets.length > 0 && (
        <>
          <dt>{conflict.assets.length === 1 ? 'Item' : 'Items'}</dt>
          <dd className="conflict__records">
            {conflict.assets.map((a) => (
              <RecordLink key={a.id} kind="asset" id={a.id} name={a.name} tag={a.tag} />
            ))}
          </dd>
        </>
      )}
      {conflict.standing.map((loan) => (
        <div key={loan.allocationId + loan.asset.id} className="conflict__standing">
          <dt>{open ? 'The central system says' : 'The central system said'}</dt>
          <dd>
            <p>
              <strong>{loan.borrower.name}</strong> {open ? 'has' : 'had'} {loan.asset.name}
              {loan.assetTag && ` (${loan.assetTag})`}: lent {where(loan)}, {formatShortDateTime(loan.outAt)},
              due back {formatShortDateTime(loan.dueAt)}.
            </p>
            <RecordLink kind="person" id={loan.borrower.id} name={loan.borrower.name} />
          </dd>
        </div>
      ))}
      {conflict.standing.length === 0 && (
        <>
          <dt>Why it was not accepted</dt>
          <dd>{conflict.message}</dd>
        </>
      )}
    </dl>
  );
}

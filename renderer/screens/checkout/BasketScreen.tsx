import type { SessionView } from '../../../domain/kiosk-api/views.js';
import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { ReasonList } from '../../components/ReasonList.js';
import { ScanResult } from '../../components/ScanResult.js';
import { StationFrame } from '../../components/StationFrame.js';
import { formatDue } from '../../../ui/format/dates.js';
import { borrowLabel } from '../../format/wording.js';
import { BasketItems } from './BasketItems.js';
import { IdleWarning } from './IdleWarning.js';
import { LoansOnCard } from './LoansOnCard.js';
import { OverridePanel } from './OverridePanel.js';

/** The borrower's basket: what they have, what they are taking, what stops it, and the confirm button. */
export function BasketScreen({ view }: { view: SessionView }) {
  const session = useKiosk('session');
  const { open } = useKiosk('navigation');
  const borrower = view.borrower!;
  // The staff menu opens for staff authority only: a tap, or a scanned staff card and its PIN.
  const staffHere = view.authority.holder;
  const overridable = [...view.refusals, ...view.kitsToFinish].filter((r) => r.overridable);
  const canOverride = view.staff !== null && overridable.length > 0 && view.staff.overrideReason === null;
  const itemCount = view.outgoing.items;

  return (
    <StationFrame
      title={`Hello, ${borrower.name}`}
      actions={
        <>
          {staffHere && (
            <button type="button" className="btn btn--on-dark" onClick={() => open('search')}>
              Staff menu
            </button>
          )}
          <button type="button" className="btn btn--on-dark" onClick={() => void session.cancel()}>
            Cancel
          </button>
        </>
      }
    >
      <IdleWarning idleAt={view.idleAt} />
      <div className="basket">
        <div className="basket__main">
          <ScanResult lastScan={view.lastScan} prompt="Scan the label on each item you are taking." />
          <BasketItems view={view} />
          {canOverride && <OverridePanel staffName={view.staff!.name} />}
        </div>
        <aside className="basket__side" aria-label="Your loan">
          {view.staff && <p className="staff-here">{view.staff.name} is helping with this loan.</p>}
          <ReasonList reasons={view.refusals} tone="refusal" label="What stops this loan" />
          <ReasonList reasons={view.kitsToFinish} tone="progress" label="Still to do for the kit" />
          <ReasonList reasons={view.notices} tone="notice" label="Notes on this loan" />
          <ErrorNote error={session.error} />
          {view.dueAt && itemCount > 0 && (
            <div className="basket__due">
              <p>Due back by</p>
              <p className="basket__due-date">{formatDue(view.dueAt)}</p>
            </div>
          )}
          <button
            type="button"
            className="btn btn--go btn--big basket__confirm"
            disabled={!view.allowed || itemCount === 0 || session.busy}
            onClick={() => void session.confirm()}
          >
            {borrowLabel(view.outgoing, view.kitsToFinish.length > 0)}
          </button>
          <LoansOnCard loans={borrower.loans} />
        </aside>
      </div>
    </StationFrame>
  );
}

import { formatDue } from '../../../ui/format/dates.js';
import type { AssetDetail } from '../../../domain/api/assets.js';

/** Who has the asset now and when it is due back, or that it is in. */
export function CurrentLoan(props: { asset: AssetDetail; now: number }) {
  const { loan } = props.asset;
  const overdue = loan !== null && Date.parse(loan.dueAt) < props.now;
  return (
    <section className="asset-page__panel" aria-labelledby="asset-loan-title">
      <h2 id="asset-loan-title">Current loan</h2>
      {loan ? (
        <dl className="facts">
          <dt>Borrower</dt>
          <dd>{loan.borrowerName}</dd>
          <dt>Out since</dt>
          <dd>{formatDue(loan.outAt)}</dd>
          <dt>Due back</dt>
          <dd>
            {formatDue(loan.dueAt)}
            {overdue && <span className="pill pill--bad">Overdue</span>}
          </dd>
        </dl>
      ) : (
        <p className="asset-page__quiet">
          {props.asset.disposalDate
            ? 'Disposed of: it will not be lent again.'
            : 'Not on loan. It goes out at a kiosk when a borrower scans it.'}
        </p>
      )}
    </section>
  );
}

import type { LoanSummary } from '../../../domain/kiosk-api/views.js';
import { formatShortDateTime } from '../../../ui/format/dates.js';

/** What the borrower already has out, overdue first, so they see it before taking more. */
export function LoansOnCard({ loans }: { loans: LoanSummary[] }) {
  if (loans.length === 0) return null;
  const sorted = [...loans].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt),
  );
  return (
    <section className="loans" aria-labelledby="loans-heading">
      <h2 id="loans-heading" className="section-heading">
        Already on loan to you
      </h2>
      <ul className="loans__list">
        {sorted.map((loan) => (
          <li key={loan.assetId} className={`loans__item ${loan.overdue ? 'loans__item--overdue' : ''}`}>
            <span className="loans__name">{loan.name}</span>
            <span className="loans__due">
              {loan.overdue ? 'Overdue since ' : 'Due '}
              {formatShortDateTime(loan.dueAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

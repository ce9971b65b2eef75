import type { PartLoan } from '../../../domain/api/kits.js';
import { formatShortDateTime } from '../../../ui/format/dates.js';

/** "In", or who has it and when it is due back. */
export function PartWhereabouts(props: { loan: PartLoan | null }) {
  const { loan } = props;
  if (!loan) return <span className="pill pill--ok">In</span>;
  const overdue = Date.parse(loan.dueAt) < Date.now();
  return (
    <span className="part-out">
      <span className={`pill ${overdue ? 'pill--bad' : 'pill--warn'}`}>{overdue ? 'Overdue' : 'Out'}</span>{' '}
      with <strong>{loan.borrowerName}</strong>, due back {formatShortDateTime(loan.dueAt)}
    </span>
  );
}

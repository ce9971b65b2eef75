import { useId } from 'react';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatShortDateTime } from '../../../../ui/format/dates.js';
import { count } from '../../../format/wording.js';
import { useKioskQuery } from '../../../queries/use-kiosk-query.js';
import { SendReminder } from './SendReminder.js';

/** Loans past their due date, longest overdue first as the central API sorts them. */
export function OverdueLoans() {
  const report = useKioskQuery('staff.overdue', {});
  const overdue = report.data;
  const id = useId();
  if (!overdue) return <ErrorNote error={report.error} />;
  return (
    <section className="report" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="section-heading">
        Overdue loans ({overdue.loans.length})
      </h3>
      {overdue.loans.length === 0 ? (
        <p className="empty-note">Nothing is overdue.</p>
      ) : (
        <table className="report-table">
          <caption className="visually-hidden">Overdue loans</caption>
          <thead>
            <tr>
              <th scope="col">Borrower</th>
              <th scope="col">Still out</th>
              <th scope="col">Was due</th>
              <th scope="col">Overdue by</th>
              <th scope="col">Reminder</th>
            </tr>
          </thead>
          <tbody>
            {overdue.loans.map((loan) => (
              <tr key={loan.allocationId}>
                <th scope="row">
                  {loan.borrower.name}
                  <span className="report-table__detail">
                    {[loan.borrower.department, loan.borrower.school].filter(Boolean).join(' · ')}
                  </span>
                </th>
                <td>
                  <ul className="report-table__items">
                    {loan.assets.map((a) => (
                      <li key={a.id}>{a.name}</li>
                    ))}
                    {loan.accessories.map((a) => (
                      <li key={a.id} className="report-table__accessory">
                        {a.name} <span className="visually-hidden">(accessory)</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{formatShortDateTime(loan.dueAt)}</td>
                <td className="report-table__late">{count(loan.daysOverdue, 'day')}</td>
                <td>
                  <SendReminder allocationId={loan.allocationId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

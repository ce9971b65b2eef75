import type { PersonLoan } from '../../domain/api/people.js';
import { EmptyState } from '../../ui/components/EmptyState.js';
import { formatShortDateTime } from '../../ui/format/dates.js';
import { usePerson } from '../app/console-stores.js';

/** One table of loans: when each went out, when it was due or came back, and what was on it. */
function LoanTable(props: { caption: string; loans: PersonLoan[]; now: number }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Out</th>
            <th scope="col">Due</th>
            <th scope="col">Back</th>
            <th scope="col">Assets</th>
          </tr>
        </thead>
        <tbody>
          {props.loans.map((loan) => {
            const overdue = loan.returnedAt === null && Date.parse(loan.dueAt) < props.now;
            return (
              <tr key={loan.id}>
                <td>{formatShortDateTime(loan.outAt)}</td>
                <td>
                  {formatShortDateTime(loan.dueAt)}
                  {overdue && <span className="pill pill--bad loan-overdue">Overdue</span>}
                </td>
                <td>{loan.returnedAt ? formatShortDateTime(loan.returnedAt) : 'Still out'}</td>
                <td>
                  <ul className="loan-assets">
                    {loan.assets.map((a) => (
                      <li key={a.assetId}>
                        {a.name}
                        {a.barcode && <span className="mono"> ({a.barcode})</span>}
                        {loan.returnedAt === null && a.returnedAt !== null && ' — back'}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What the person has out now, and what they borrowed before. */
export function PersonLoansPanel() {
  const loans = usePerson((s) => s.loans);
  if (!loans) return null;
  const now = Date.now();
  return (
    <section className="person-loans" aria-labelledby="loans-title">
      <h2 id="loans-title">Loans</h2>
      <h3>Out now</h3>
      {loans.current.length === 0 ? (
        <EmptyState title="Nothing out now">
          When this person borrows at a kiosk or the desk, the loan shows here until it comes back.
        </EmptyState>
      ) : (
        <LoanTable caption="Loans out now" loans={loans.current} now={now} />
      )}
      <h3>Past loans</h3>
      {loans.past.length === 0 ? (
        <p className="person-loans__none">No past loans.</p>
      ) : (
        <>
          <LoanTable caption="Past loans, latest first" loans={loans.past} now={now} />
          {loans.pastCount > loans.past.length && (
            <p className="person-loans__more">
              The latest {loans.past.length} of {loans.pastCount} past loans.
            </p>
          )}
        </>
      )}
    </section>
  );
}

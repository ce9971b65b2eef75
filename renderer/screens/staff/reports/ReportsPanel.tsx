import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useKiosk } from '../../../app/stores-context.js';
import { kioskKey } from '../../../queries/kiosk-queries.js';
import { NeedsStaffSignIn } from '../account/NeedsStaffSignIn.js';
import { LoansOverTime } from './LoansOverTime.js';
import { OverdueLoans } from './OverdueLoans.js';
import { UtilisationByType } from './UtilisationByType.js';

const reportKeys = [
  kioskKey('staff.overdue'),
  kioskKey('staff.loansOverTime'),
  kioskKey('staff.utilisationByType'),
];

/** The central API's reports for the desk: who is overdue, how much goes out, what is used. */
export function ReportsPanel() {
  const { account } = useKiosk('staffAccount');
  const cache = useQueryClient();
  const busy = useIsFetching({ predicate: (q) => reportKeys.some((k) => k[1] === q.queryKey[1]) }) > 0;
  return (
    <div className="reports">
      <div className="reports__top">
        <h2 className="panel-heading">Reports</h2>
        {account && (
          <button
            type="button"
            className="btn btn--secondary"
            disabled={busy}
            onClick={() =>
              void Promise.all(reportKeys.map((queryKey) => cache.invalidateQueries({ queryKey })))
            }
          >
            {busy ? 'Loading…' : 'Refresh'}
          </button>
        )}
      </div>
      {/* Each report asks the central API when it opens, so only once someone is signed in. */}
      <NeedsStaffSignIn toDo="see reports">
        <OverdueLoans />
        <LoansOverTime />
        <UtilisationByType />
      </NeedsStaffSignIn>
    </div>
  );
}

import { useEffect } from 'react';
import { useKiosk } from '../../../app/stores-context.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { NeedsStaffSignIn } from '../account/NeedsStaffSignIn.js';
import { LoansOverTime } from './LoansOverTime.js';
import { OverdueLoans } from './OverdueLoans.js';
import { UtilisationByType } from './UtilisationByType.js';

/** The central API's reports for the desk: who is overdue, how much goes out, what is used. */
export function ReportsPanel() {
  const { account } = useKiosk('staffAccount');
  const reports = useKiosk('reports');
  const signedInAs = account?.email ?? null;
  const { load } = reports;
  useEffect(() => {
    if (signedInAs) void load();
  }, [signedInAs, load]);
  return (
    <div className="reports">
      <div className="reports__top">
        <h2 className="panel-heading">Reports</h2>
        {account && (
          <button
            type="button"
            className="btn btn--secondary"
            disabled={reports.busy}
            onClick={() => void load()}
          >
            {reports.busy ? 'Loading…' : 'Refresh'}
          </button>
        )}
      </div>
      <NeedsStaffSignIn toDo="see reports">
        <ErrorNote error={reports.error} />
        <OverdueLoans />
        <LoansOverTime />
        <UtilisationByType />
      </NeedsStaffSignIn>
    </div>
  );
}

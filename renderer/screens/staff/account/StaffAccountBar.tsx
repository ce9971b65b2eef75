import { useKiosk, useStores } from '../../../app/stores-context.js';
import { useKioskMutation } from '../../../queries/use-kiosk-query.js';

/** Who the central API is acting for, and the way to stop it. */
export function StaffAccountBar() {
  const { account } = useKiosk('staffAccount');
  const { staffAccount } = useStores();
  const signOut = useKioskMutation('staff.signOut', () => staffAccount.getState().receive(null));
  if (!account) return null;
  return (
    <div className="account-bar" role="status">
      <p>
        Signed in as <strong>{account.name}</strong>
        {account.email && <span className="account-bar__email"> ({account.email})</span>} for editing and
        reports.
      </p>
      <button
        type="button"
        className="btn btn--secondary"
        disabled={signOut.busy}
        onClick={() => void signOut.run({})}
      >
        Sign out of editing and reports
      </button>
    </div>
  );
}

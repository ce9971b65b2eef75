import { useKiosk } from '../../../app/stores-context.js';

/** Who the central API is acting for, and the way to stop it. */
export function StaffAccountBar() {
  const staff = useKiosk('staffAccount');
  if (!staff.account) return null;
  return (
    <div className="account-bar" role="status">
      <p>
        Signed in as <strong>{staff.account.name}</strong>
        {staff.account.email && <span className="account-bar__email"> ({staff.account.email})</span>} for
        editing and reports.
      </p>
      <button
        type="button"
        className="btn btn--secondary"
        disabled={staff.busy}
        onClick={() => void staff.signOut()}
      >
        Sign out of editing and reports
      </button>
    </div>
  );
}

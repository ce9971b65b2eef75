import { useState } from 'react';
import { useStores } from '../../../app/stores-context.js';
import { useStaffAuthority } from '../../../app/useStaffAuthority.js';
import { PinKeypad } from '../../../components/PinKeypad.js';
import { useKioskMutation } from '../../../queries/use-kiosk-query.js';

/**
 * The way in with no keyboard: the member of staff whose card is on this session types their PIN, and
 * the central API signs them in by name, so their edits are theirs on the audit trail.
 */
export function PinSignIn() {
  const { staffAccount } = useStores();
  const authority = useStaffAuthority();
  const signIn = useKioskMutation('staff.signInWithPin', (account) =>
    staffAccount.getState().receive(account),
  );
  const [open, setOpen] = useState(false);
  const holder = authority?.holder ?? null;
  if (!holder) {
    return (
      <p className="needs-sign-in__why">
        Tap your staff card, then sign in with your PIN. Or use your email and password below.
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="btn btn--primary btn--big" onClick={() => setOpen(true)}>
        Sign in as {holder.name} with your PIN
      </button>
    );
  }
  return (
    <PinKeypad
      title={`Sign in as ${holder.name}`}
      hint="Type your staff PIN. Your card and PIN are checked by the central system."
      submitLabel="Sign in"
      busy={signIn.busy}
      error={signIn.error}
      onSubmit={(pin) => signIn.run({ pin })}
      onCancel={() => {
        signIn.reset();
        setOpen(false);
      }}
    />
  );
}

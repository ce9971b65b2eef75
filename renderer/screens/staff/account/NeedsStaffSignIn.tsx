import type { ReactNode } from 'react';
import { useKiosk } from '../../../app/stores-context.js';
import { PinSignIn } from './PinSignIn.js';
import { StaffAccountBar } from './StaffAccountBar.js';
import { StaffSignInForm } from './StaffSignInForm.js';

/**
 * Edits and reports happen on the central system in a named person's name, so a card tap is not enough:
 * until someone signs in (card and PIN, or email and password), this shows why and the ways in instead.
 */
export function NeedsStaffSignIn(props: { toDo: string; children: ReactNode }) {
  const { account } = useKiosk('staffAccount');
  if (account)
    return (
      <>
        <StaffAccountBar />
        {props.children}
      </>
    );
  return (
    <div className="needs-sign-in">
      <p className="needs-sign-in__why">
        To {props.toDo}, sign in as yourself: with your staff card and PIN, or your staff email and password.
        A staff card alone opens search, sync and settings only, because changes and reports are made on the
        central system in your name.
      </p>
      <PinSignIn />
      <StaffSignInForm />
    </div>
  );
}

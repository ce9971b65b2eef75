import { staffOnSession, type SessionView, type StationRole } from '../../../domain/index.js';
import type { StaffSession } from './staff-session.js';

/**
 * At a self-service kiosk a staff sign-in lasts only while a member of staff's card is on the checkout
 * session: when the session ends, idles out or passes to a pupil, the next person must not inherit it.
 * The core decides this on every session change, so no screen reload (or no screen at all) can skip it.
 */
export function signOutWhenStaffLeave(
  staff: StaffSession,
  role: () => StationRole,
): (view: SessionView) => void {
  return (view) => {
    if (role() === 'self-service' && !staffOnSession(view)) staff.signOut();
  };
}

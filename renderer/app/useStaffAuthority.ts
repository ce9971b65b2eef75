import type { StaffAuthorityView } from '../../domain/kiosk-api/views.js';
import { useKiosk } from './stores-context.js';

/** Staff authority on the station's current session: the checkout's, or the return desk's. */
export function useStaffAuthority(): StaffAuthorityView | null {
  const { info } = useKiosk('station');
  const session = useKiosk('session').view;
  const returns = useKiosk('returns').view;
  return (info?.settings.role === 'return-desk' ? returns : session)?.authority ?? null;
}

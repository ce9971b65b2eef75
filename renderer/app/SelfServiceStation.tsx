import { useEffect } from 'react';
import { staffOnSession } from '../../domain/kiosk-api/views.js';
import { CheckoutScreen } from '../screens/checkout/CheckoutScreen.js';
import { DiagnosticsScreen } from '../screens/diagnostics/DiagnosticsScreen.js';
import { StaffArea } from '../screens/staff/StaffArea.js';
import { StaffPinPrompt } from '../screens/staff-pin/StaffPinPrompt.js';
import { useKiosk } from './stores-context.js';
import { useInactivity } from './useInactivity.js';
import { useSessionKeepAlive } from './useSessionKeepAlive.js';

/**
 * The self-service kiosk: the checkout flow, the staff area while a member of staff's card is on the
 * session, and diagnostics. Whatever is open, the screen goes back to the welcome screen when nobody
 * touches it: the core ends the session, and this closes any other screen on the same timeout.
 */
export function SelfServiceStation() {
  const { view } = useKiosk('session');
  const { info } = useKiosk('station');
  const { panel, open, closeEditor } = useKiosk('navigation');
  const staffPresent = view !== null && staffOnSession(view);
  const staffPanelOpen = panel !== null && panel !== 'diagnostics';
  useSessionKeepAlive(true);
  useInactivity((info?.settings.idleTimeoutSeconds ?? 60) * 1000, () => open(null), panel !== null);

  useEffect(() => {
    if (staffPanelOpen && !staffPresent) open(null);
  }, [staffPanelOpen, staffPresent, open]);

  // The core signs the member of staff out when their card leaves the session; their open record goes too.
  useEffect(() => {
    if (!staffPresent) closeEditor();
  }, [staffPresent, closeEditor]);

  return (
    <>
      {panel === 'diagnostics' ? (
        <DiagnosticsScreen onClose={() => open(null)} />
      ) : staffPanelOpen && staffPresent ? (
        <StaffArea panel={panel} />
      ) : (
        <CheckoutScreen />
      )}
      {view && <StaffPinPrompt authority={view.authority} />}
    </>
  );
}

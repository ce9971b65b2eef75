import { useEffect } from 'react';
import { listenForWedgeScans } from '../wedge/wedge-listener.js';
import { useStores } from './stores-context.js';

/**
 * Turns a keyboard-wedge scanner's typing into scans. In test-read mode on the diagnostics screen a scan is
 * only listed, like every other read there.
 */
export function useWedgeScanner(): void {
  const stores = useStores();
  useEffect(
    () =>
      listenForWedgeScans(window, {
        focused: () => document.activeElement,
        onScan: (data) => {
          const testing = stores.devices.getState().status?.testMode === true;
          if (testing && stores.navigation.getState().panel === 'diagnostics') {
            stores.devices.getState().noteWedgeTestRead(data);
          } else {
            void stores.api.call('input.wedgeScan', { data });
          }
        },
      }),
    [stores],
  );
}

import { FirstRunScreen } from '../screens/first-run/FirstRunScreen.js';
import { DiagnosticsScreen } from '../screens/diagnostics/DiagnosticsScreen.js';
import { ConnectionNotice } from '../components/ConnectionNotice.js';
import { DemoDock } from '../components/DemoDock.js';
import { ReturnDeskStation } from './ReturnDeskStation.js';
import { SelfServiceStation } from './SelfServiceStation.js';
import { useKiosk } from './stores-context.js';
import { useWedgeScanner } from './useWedgeScanner.js';

/** Picks the station's screens: first-run set-up, the self-service kiosk or the staff return desk. */
export function App() {
  const { state: connection } = useKiosk('connection');
  const { info } = useKiosk('station');
  const { panel, open } = useKiosk('navigation');
  useWedgeScanner();

  if (connection.status === 'refused') {
    return <ConnectionNotice title="This page cannot use the kiosk" message={connection.message} />;
  }
  if (!info) {
    return (
      <ConnectionNotice title="Starting Kitdesk…" message="Connecting to the kiosk. This takes a moment." />
    );
  }
  return (
    <>
      {connection.status === 'reconnecting' && (
        <p className="connection-lost" role="alert">
          Lost touch with the kiosk. Reconnecting…
        </p>
      )}
      {info.firstRun ? (
        panel === 'diagnostics' ? (
          <DiagnosticsScreen onClose={() => open(null)} />
        ) : (
          <FirstRunScreen />
        )
      ) : info.settings.role === 'self-service' ? (
        <SelfServiceStation />
      ) : (
        <ReturnDeskStation />
      )}
      <DemoDock />
    </>
  );
}

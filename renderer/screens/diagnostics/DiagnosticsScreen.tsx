import { useEffect } from 'react';
import { useKiosk, useStores } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { StationFrame } from '../../components/StationFrame.js';
import { AttachedDevices } from './AttachedDevices.js';
import { ConfigSaveBar } from './ConfigSaveBar.js';
import { DeviceCard } from './DeviceCard.js';
import { TestReads } from './TestReads.js';
import { TrafficView } from './TrafficView.js';

/** Detected devices are not announced by events, so the list is asked for again this often. */
const STATUS_POLL_MS = 5000;

/** Every reader and scanner, configured or detected: state, reads, bytes, test reads and set-up. */
export function DiagnosticsScreen({ onClose }: { onClose: () => void }) {
  const stores = useStores();
  const devices = useKiosk('devices');

  useEffect(() => {
    const { refresh, refreshStatus } = stores.devices.getState();
    void refresh();
    const timer = setInterval(() => void refreshStatus(), STATUS_POLL_MS);
    return () => {
      clearInterval(timer);
      // Leaving test mode on would leave the kiosk deaf to every real tap and scan.
      if (stores.devices.getState().status?.testMode) void stores.devices.getState().setTestMode(false);
    };
  }, [stores]);

  const status = devices.status;
  const testMode = status?.testMode ?? false;
  return (
    <StationFrame
      title="Hardware diagnostics"
      actions={
        <button type="button" className="btn btn--on-dark" onClick={onClose}>
          Close diagnostics
        </button>
      }
    >
      <div className="diagnostics">
        <section className="test-mode" aria-labelledby="test-mode-heading">
          <div>
            <h2 id="test-mode-heading" className="section-heading">
              Test mode
            </h2>
            <p>
              {testMode
                ? 'On: taps and scans are shown below and do nothing else.'
                : 'Off: taps and scans go to the kiosk as usual.'}
            </p>
          </div>
          <button
            type="button"
            className={`btn btn--big ${testMode ? 'btn--go' : 'btn--secondary'}`}
            aria-pressed={testMode}
            disabled={devices.busy || !status}
            onClick={() => void devices.setTestMode(!testMode)}
          >
            {testMode ? 'Stop testing' : 'Start test reads'}
          </button>
        </section>
        {testMode && <TestReads reads={devices.testReads} />}
        <ErrorNote error={devices.error} />
        <section aria-labelledby="configured-heading">
          <h2 id="configured-heading" className="section-heading">
            Configured devices
          </h2>
          <div className="device-grid">
            {devices.draft?.devices.map((config) => (
              <DeviceCard
                key={config.id}
                config={config}
                live={status?.config.find((d) => d.id === config.id) ?? null}
              />
            ))}
          </div>
          <ConfigSaveBar />
        </section>
        <AttachedDevices />
        <TrafficView />
      </div>
    </StationFrame>
  );
}

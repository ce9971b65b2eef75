import type { SessionView } from '../../../domain/kiosk-api/views.js';
import { useKiosk } from '../../app/stores-context.js';
import { useFadeAfter } from '../../app/useFadeAfter.js';
import { Icon } from '../../components/Icon.js';
import { ScanResult } from '../../components/ScanResult.js';
import { StationFrame } from '../../components/StationFrame.js';

/** Long enough to read twice, short enough to be gone before the next person arrives. */
const MESSAGE_MS = 12_000;

/** What the kiosk shows to whoever walks up: one instruction, readable from a metre away. */
export function WelcomeScreen(props: { lastScan: SessionView['lastScan'] }) {
  const { open } = useKiosk('navigation');
  const lastScan = useFadeAfter(props.lastScan, MESSAGE_MS);
  return (
    <StationFrame title="Borrow equipment">
      <div className="welcome">
        <Icon name="card" className="welcome__icon" />
        <h2 className="welcome__headline">Tap your card to start</h2>
        <p className="welcome__hint">Hold your school card flat against the reader.</p>
        <p className="welcome__hint">Then scan the label on each item you are taking.</p>
        <div className="welcome__result">
          <ScanResult lastScan={lastScan} prompt="" />
        </div>
      </div>
      <footer className="welcome__footer">
        <button type="button" className="btn btn--quiet" onClick={() => open('diagnostics')}>
          Diagnostics
        </button>
      </footer>
    </StationFrame>
  );
}

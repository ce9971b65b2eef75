import { useId, useState } from 'react';
import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { StationFrame } from '../../components/StationFrame.js';

/** A new kiosk: trade the administrator's one-time code for this kiosk's own credential. */
export function FirstRunScreen() {
  const station = useKiosk('station');
  const { open } = useKiosk('navigation');
  const [apiUrl, setApiUrl] = useState(station.info?.settings.apiUrl ?? '');
  const [code, setCode] = useState('');
  const id = useId();
  const ready = apiUrl.trim().length > 0 && code.trim().length >= 6;
  return (
    <StationFrame title="Set up this kiosk">
      <div className="first-run">
        <p className="panel-intro">
          Before it can lend anything, this kiosk needs to join your school’s Kitdesk. An administrator can
          make an enrolment code in the admin screens under <strong>Kiosks</strong>. The code works once.
        </p>
        <form
          className="first-run__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (ready) void station.enrol(apiUrl.trim(), code.trim());
          }}
        >
          <label htmlFor={`${id}-url`}>Central API address</label>
          <input
            id={`${id}-url`}
            type="url"
            required
            placeholder="https://kitdesk.school.example"
            value={apiUrl}
            onChange={(e) => setApiUrl(e.currentTarget.value)}
          />
          <label htmlFor={`${id}-code`}>Enrolment code</label>
          <input
            id={`${id}-code`}
            type="text"
            required
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <ErrorNote error={station.error} />
          <button type="submit" className="btn btn--primary btn--big" disabled={!ready || station.busy}>
            {station.busy ? 'Enrolling…' : 'Enrol this kiosk'}
          </button>
        </form>
        <p>
          Setting up readers and scanners first?{' '}
          <button type="button" className="btn btn--quiet" onClick={() => open('diagnostics')}>
            Open diagnostics
          </button>
        </p>
      </div>
    </StationFrame>
  );
}

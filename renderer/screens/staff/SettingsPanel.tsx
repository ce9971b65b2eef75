import { useId, useState } from 'react';
import type { StationSettings } from '../../../domain/kiosk-api/contract.js';
import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { KeyboardWhenTyping } from '../../components/KeyboardWhenTyping.js';
import { StationLocation } from './StationLocation.js';

const IDLE_MIN = 10;
const IDLE_MAX = 600;
const clampIdle = (s: number) =>
  Number.isFinite(s) ? Math.min(IDLE_MAX, Math.max(IDLE_MIN, Math.round(s))) : IDLE_MIN;

/** The station's own settings: what it is for, how long it waits, whether it beeps, where its API is. */
export function SettingsPanel() {
  const station = useKiosk('station');
  const current = station.info!.settings;
  const [draft, setDraft] = useState<StationSettings>(current);
  const [idleText, setIdleText] = useState(String(current.idleTimeoutSeconds));
  const [saved, setSaved] = useState<string | null>(null);
  const [typingAddress, setTypingAddress] = useState(false);
  const id = useId();
  const change = (patch: Partial<StationSettings>) => {
    setSaved(null);
    setDraft({ ...draft, ...patch });
  };
  const stepIdle = (by: number) => {
    const next = clampIdle(Number(idleText) + by);
    setIdleText(String(next));
    change({ idleTimeoutSeconds: next });
  };
  return (
    <form
      className="settings"
      onSubmit={async (e) => {
        e.preventDefault();
        const idleTimeoutSeconds = clampIdle(Number(idleText));
        setIdleText(String(idleTimeoutSeconds));
        const apiUrl = draft.apiUrl?.trim() || null;
        const moving = apiUrl !== null && apiUrl !== current.apiUrl;
        if (await station.save({ ...draft, idleTimeoutSeconds, apiUrl }))
          setSaved(moving ? `Settings saved. The kiosk now uses ${apiUrl}.` : 'Settings saved.');
      }}
    >
      <h2 className="panel-heading">Kiosk settings</h2>
      <fieldset className="settings__group">
        <legend>This station is</legend>
        {(
          [
            ['self-service', 'A self-service kiosk', 'Pupils tap their card and borrow.'],
            ['return-desk', 'A staff return desk', 'Staff scan returns and sort out problems.'],
          ] as const
        ).map(([role, label, hint]) => (
          <label key={role} className="choice">
            <input
              type="radio"
              name={`${id}-role`}
              checked={draft.role === role}
              onChange={() => change({ role })}
            />
            <span>
              <strong>{label}</strong>
              <span className="choice__hint">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <StationLocation name={station.info!.locationName} />
      <div className="settings__group">
        <label htmlFor={`${id}-idle`}>Back to the start after (seconds without a touch)</label>
        <div className="stepper">
          <button
            type="button"
            className="btn btn--secondary"
            aria-label="10 seconds less"
            onClick={() => stepIdle(-10)}
          >
            −10
          </button>
          <input
            id={`${id}-idle`}
            type="number"
            inputMode="numeric"
            min={IDLE_MIN}
            max={IDLE_MAX}
            value={idleText}
            onChange={(e) => {
              setSaved(null);
              setIdleText(e.currentTarget.value);
            }}
          />
          <button
            type="button"
            className="btn btn--secondary"
            aria-label="10 seconds more"
            onClick={() => stepIdle(10)}
          >
            +10
          </button>
        </div>
      </div>
      <label className="choice settings__group">
        <input
          type="checkbox"
          checked={draft.soundsOn}
          onChange={(e) => change({ soundsOn: e.currentTarget.checked })}
        />
        <span>
          <strong>Play sounds</strong>
          <span className="choice__hint">
            A beep for a good scan, a buzz for a refused one, a chime when a loan is done.
          </span>
        </span>
      </label>
      <div className="settings__group">
        <label htmlFor={`${id}-api`}>Central API address</label>
        <p id={`${id}-api-hint`} className="settings__hint">
          Change this only when your school’s Kitdesk moves to a new address. Before using it, the kiosk
          checks that the new address answers and knows this kiosk
          {station.info!.kioskName ? ` as “${station.info!.kioskName}”` : ''}, so it is the same school’s
          system. To connect the kiosk to a different Kitdesk, an admin enrols it again.
        </p>
        <input
          id={`${id}-api`}
          type="url"
          aria-describedby={`${id}-api-hint`}
          placeholder="https://kitdesk.school.example"
          value={draft.apiUrl ?? ''}
          onChange={(e) => change({ apiUrl: e.currentTarget.value })}
          onFocus={() => setTypingAddress(true)}
        />
        <KeyboardWhenTyping
          typing={typingAddress}
          field="apiUrl"
          value={draft.apiUrl ?? ''}
          onChange={(apiUrl) => change({ apiUrl })}
        />
        {current.apiUrl && (
          <p className="settings__hint">
            In use now: <strong className="settings__address">{current.apiUrl}</strong>
          </p>
        )}
      </div>
      <ErrorNote error={station.error} />
      <div className="settings__actions">
        <button type="submit" className="btn btn--primary btn--big" disabled={station.busy}>
          {station.busy ? 'Checking and saving…' : 'Save settings'}
        </button>
        <p role="status" className="settings__saved">
          {saved ?? ''}
        </p>
      </div>
      <p className="settings__version">Kitdesk {station.info!.version}</p>
    </form>
  );
}

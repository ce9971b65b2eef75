import { useKiosk } from '../../app/stores-context.js';

/** Edits to the device configuration stay on screen until saved; this says so and saves them. */
export function ConfigSaveBar() {
  const devices = useKiosk('devices');
  const dirty = JSON.stringify(devices.draft) !== JSON.stringify(devices.saved);
  if (!dirty) return null;
  return (
    <div className="save-bar" role="region" aria-label="Unsaved device changes">
      <p>You have changed the device configuration. Nothing changes on the kiosk until you save.</p>
      <button
        type="button"
        className="btn btn--go"
        disabled={devices.busy}
        onClick={() => void devices.saveDraft()}
      >
        Save configuration
      </button>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() => devices.saved && devices.edit(devices.saved)}
      >
        Discard changes
      </button>
    </div>
  );
}

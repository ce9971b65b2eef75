import type { StaffAuthorityView } from '../../../domain/kiosk-api/views.js';
import { PinKeypad } from '../../components/PinKeypad.js';
import { formatTime } from '../../../ui/format/dates.js';
import { useKioskMutation } from '../../queries/use-kiosk-query.js';

/**
 * A staff card's barcode was scanned: it can be photographed, so it gives staff authority only with the
 * card holder's PIN. The core asks for it in the session's view and closes this when it is answered.
 */
export function StaffPinPrompt({ authority }: { authority: StaffAuthorityView }) {
  const enter = useKioskMutation('station.enterStaffPin');
  const cancel = useKioskMutation('station.cancelStaffPin');
  const wanted = authority.pinWanted;
  if (!wanted) return null;
  return (
    <div className="pin-prompt" role="dialog" aria-modal="true" aria-label="Staff PIN">
      <PinKeypad
        title={`${wanted.name}, type your staff PIN`}
        hint={
          wanted.lockedUntil === null
            ? 'A scanned staff card needs its PIN to approve loans or open staff settings. Or tap the card instead.'
            : `Too many wrong PINs: this card’s PIN is locked until ${formatTime(wanted.lockedUntil)}. Tap the card instead.`
        }
        submitLabel="Confirm PIN"
        busy={enter.busy}
        error={enter.error}
        onSubmit={(pin) => enter.run({ pin })}
        onCancel={() => void cancel.run({})}
      />
    </div>
  );
}

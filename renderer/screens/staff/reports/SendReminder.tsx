import { formatTime } from '../../../../ui/format/dates.js';
import { useKioskMutation } from '../../../queries/use-kiosk-query.js';

/** One overdue loan's "Send reminder" button and the central API's answer to its last click. */
export function SendReminder({ allocationId }: { allocationId: string }) {
  const remind = useKioskMutation('staff.remind');
  return (
    <div className="send-reminder">
      {/* A click while the last one is on its way would only be refused by the central API. */}
      <button
        type="button"
        className="btn btn--secondary"
        aria-describedby={`reminder-${allocationId}`}
        disabled={remind.busy}
        onClick={() => void remind.run({ allocationId })}
      >
        {remind.busy ? 'Sending…' : 'Send reminder'}
      </button>
      {remind.error ? (
        <p id={`reminder-${allocationId}`} className="send-reminder__note error-note" role="alert">
          {remind.error.message}
        </p>
      ) : (
        <p id={`reminder-${allocationId}`} className="send-reminder__note" role="status">
          {remind.data
            ? `Reminder sent to ${remind.data.recipient} at ${formatTime(remind.data.sentAt)}`
            : ''}
        </p>
      )}
    </div>
  );
}

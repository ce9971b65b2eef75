import { useKiosk } from '../../../app/stores-context.js';
import { formatTime } from '../../../format/dates.js';

/** One overdue loan's "Send reminder" button and the central API's answer to its last click. */
export function SendReminder({ allocationId }: { allocationId: string }) {
  const { byLoan, remind } = useKiosk('reminders');
  const reminder = byLoan[allocationId];
  const sending = reminder?.status === 'sending';
  return (
    <div className="send-reminder">
      <button
        type="button"
        className="btn btn--secondary"
        aria-describedby={`reminder-${allocationId}`}
        disabled={sending}
        onClick={() => void remind(allocationId)}
      >
        {sending ? 'Sending…' : 'Send reminder'}
      </button>
      {reminder?.status === 'refused' ? (
        <p id={`reminder-${allocationId}`} className="send-reminder__note error-note" role="alert">
          {reminder.error.message}
        </p>
      ) : (
        <p id={`reminder-${allocationId}`} className="send-reminder__note" role="status">
          {reminder?.status === 'sent'
            ? `Reminder sent to ${reminder.sent.recipient} at ${formatTime(reminder.sent.sentAt)}`
            : ''}
        </p>
      )}
    </div>
  );
}

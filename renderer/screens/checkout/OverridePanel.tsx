import { useId, useState } from 'react';
import { useKiosk } from '../../app/stores-context.js';

/** Reasons staff give most, as buttons, so an override needs no keyboard. */
const COMMON_REASONS = [
  'Agreed with the head of department',
  'Needed for a lesson today',
  'Member of staff will supervise',
] as const;

/** A member of staff has tapped in: they may lend anyway, giving a reason that goes on the audit trail. */
export function OverridePanel(props: { staffName: string }) {
  const session = useKiosk('session');
  const [reason, setReason] = useState('');
  const inputId = useId();
  const approve = (why: string) => void session.override(why.trim());
  return (
    <section className="override" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className="section-heading">
        {props.staffName}, lend anyway?
      </h2>
      <p className="override__hint">Choose a reason. It is recorded with your name.</p>
      <div className="override__choices">
        {COMMON_REASONS.map((r) => (
          <button key={r} type="button" className="btn btn--choice" onClick={() => approve(r)}>
            {r}
          </button>
        ))}
      </div>
      <form
        className="override__own"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim().length >= 3) approve(reason);
        }}
      >
        <label htmlFor={inputId}>Or type a reason</label>
        <div className="inline-field">
          <input
            id={inputId}
            type="text"
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <button type="submit" className="btn btn--primary" disabled={reason.trim().length < 3}>
            Lend anyway
          </button>
        </div>
      </form>
    </section>
  );
}

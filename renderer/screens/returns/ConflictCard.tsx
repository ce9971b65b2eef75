import { useId, useState } from 'react';
import type { Conflict } from '../../../domain/kiosk-api/views.js';
import { useKiosk } from '../../app/stores-context.js';
import { formatShortDateTime } from '../../../ui/format/dates.js';

const COMMON_RESOLUTIONS = [
  'Loan corrected on the central system',
  'Spoke to the borrower',
  'Item found and checked in',
] as const;

/** One refused event: what the kiosk recorded, why the server refused it, and how staff close it. */
export function ConflictCard({ conflict }: { conflict: Conflict }) {
  const sync = useKiosk('sync');
  const [text, setText] = useState('');
  const id = useId();
  const resolve = (resolution: string) => void sync.resolve(conflict.id, resolution.trim());
  return (
    <li className={`conflict conflict--${conflict.status}`} aria-labelledby={`${id}-summary`}>
      <p className="conflict__meta">
        <span className="pill pill--neutral">{conflict.kind === 'checkout' ? 'Loan' : 'Return'}</span>
        <span>Recorded {formatShortDateTime(conflict.at)}</span>
      </p>
      <h3 id={`${id}-summary`} className="conflict__summary">
        {conflict.summary}
      </h3>
      <p className="conflict__message">{conflict.message}</p>
      {conflict.status === 'resolved' ? (
        <p className="conflict__resolution">Resolved: {conflict.resolution}</p>
      ) : (
        <div className="conflict__actions">
          {COMMON_RESOLUTIONS.map((r) => (
            <button
              key={r}
              type="button"
              className="btn btn--choice"
              disabled={sync.busy}
              onClick={() => resolve(r)}
            >
              {r}
            </button>
          ))}
          <form
            className="conflict__own"
            onSubmit={(e) => {
              e.preventDefault();
              if (text.trim().length >= 3) resolve(text);
            }}
          >
            <label htmlFor={id}>Or say what you did</label>
            <div className="inline-field">
              <input
                id={id}
                type="text"
                maxLength={500}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
              />
              <button
                type="submit"
                className="btn btn--primary"
                disabled={sync.busy || text.trim().length < 3}
              >
                Mark resolved
              </button>
            </div>
          </form>
        </div>
      )}
    </li>
  );
}

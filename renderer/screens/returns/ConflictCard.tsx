import { useId } from 'react';
import type { Conflict } from '../../../domain/kiosk-api/views.js';
import { formatShortDateTime } from '../../../ui/format/dates.js';
import { ConflictActions } from './ConflictActions.js';
import { ConflictFacts } from './ConflictFacts.js';

/** One refused event: what the kiosk recorded, what the central system holds instead, and how staff close it. */
export function ConflictCard({ conflict, canAct }: { conflict: Conflict; canAct: boolean }) {
  const id = useId();
  return (
    <li className={`conflict conflict--${conflict.status}`} aria-labelledby={`${id}-summary`}>
      <p className="conflict__meta">
        <span className="pill pill--neutral">{conflict.kind === 'checkout' ? 'Loan' : 'Return'}</span>
        <span>Not accepted by the central system, {formatShortDateTime(conflict.at)}</span>
      </p>
      <h3 id={`${id}-summary`} className="conflict__summary">
        {conflict.summary}
      </h3>
      <ConflictFacts conflict={conflict} />
      {conflict.status === 'resolved' ? (
        <p className="conflict__resolution">
          Resolved by {conflict.resolvedBy ?? 'staff'}
          {conflict.resolvedAt && `, ${formatShortDateTime(conflict.resolvedAt)}`}: {conflict.resolution}
        </p>
      ) : (
        canAct && <ConflictActions conflict={conflict} />
      )}
    </li>
  );
}

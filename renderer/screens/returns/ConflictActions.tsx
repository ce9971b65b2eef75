import { useId, useState } from 'react';
import type { Conflict, ConflictAction } from '../../../domain/kiosk-api/views.js';
import { listNames } from '../../../domain/lending/reasons.js';
import { useKiosk } from '../../app/stores-context.js';
import { KeyboardWhenTyping } from '../../components/KeyboardWhenTyping.js';

/** Reasons staff give most when nothing needs changing centrally, as buttons: no keyboard needed. */
const COMMON_REASONS = [
  'Already put right in the admin console',
  'Spoke to the borrower',
  'Recorded by mistake',
] as const;

type Fix = { action: ConflictAction; label: string; hint: string };

function fixesFor(c: Conflict): Fix[] {
  const others = listNames([...new Set(c.standing.map((l) => l.borrower.name))].map((name) => ({ name })));
  const outElsewhere = c.reasons.some((r) => r.facts.code === 'asset_on_loan' && !r.facts.toThisBorrower);
  const fixes: Fix[] = [];
  if (c.standing.length > 0)
    fixes.push({
      action: { kind: 'return-standing' },
      label: `Record the return of ${others}’s loan`,
      hint: 'The item is back here: the central system closes that loan.',
    });
  if (c.kind === 'checkout' && c.borrower && outElsewhere)
    fixes.push({
      action: { kind: 'lend-to-borrower' },
      label: `Lend it to ${c.borrower.name}`,
      hint:
        c.standing.length > 0
          ? `${c.borrower.name} has it: the loan to ${others} is closed and this loan is recorded with your approval.`
          : `${c.borrower.name} has it: this loan is recorded with your approval.`,
    });
  if (c.kind === 'return' && c.reasons.some((r) => r.facts.code === 'asset_not_on_loan'))
    fixes.push({
      action: { kind: 'mark-found' },
      label: 'Mark it found here',
      hint: 'The item is here: the central system records it at this station.',
    });
  return fixes;
}

/** What puts a refused event right, done on the central system in the signed-in staff member's name. */
export function ConflictActions({ conflict }: { conflict: Conflict }) {
  const sync = useKiosk('sync');
  const [text, setText] = useState('');
  const [typing, setTyping] = useState(false);
  const id = useId();
  const act = (action: ConflictAction) => void sync.resolve(conflict.id, action);
  const because = (reason: string) => act({ kind: 'reason', reason: reason.trim() });
  const fixes = fixesFor(conflict);
  return (
    <div className="conflict__actions">
      {fixes.length > 0 && (
        <ul className="conflict__fixes" aria-label="Put it right">
          {fixes.map((f) => (
            <li key={f.action.kind}>
              <button
                type="button"
                className="btn btn--primary"
                disabled={sync.busy}
                onClick={() => act(f.action)}
              >
                {f.label}
              </button>
              <span className="conflict__hint">{f.hint}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="conflict__or">
        {fixes.length > 0 ? 'Or, if nothing needs changing, say why:' : 'Say what you did:'}
      </p>
      <div className="conflict__reasons">
        {COMMON_REASONS.map((r) => (
          <button
            key={r}
            type="button"
            className="btn btn--choice"
            disabled={sync.busy}
            onClick={() => because(r)}
          >
            {r}
          </button>
        ))}
      </div>
      <form
        className="conflict__own"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim().length >= 3) because(text);
        }}
      >
        <label htmlFor={id}>Or in your own words</label>
        <div className="inline-field">
          <input
            id={id}
            type="text"
            maxLength={500}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onFocus={() => setTyping(true)}
          />
          <button type="submit" className="btn btn--secondary" disabled={sync.busy || text.trim().length < 3}>
            Mark resolved
          </button>
        </div>
        <KeyboardWhenTyping typing={typing} field="reason" value={text} onChange={setText} />
      </form>
    </div>
  );
}

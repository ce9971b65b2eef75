import type { Reason } from '../../domain/lending/reasons.js';

/**
 * Reasons as the plain sentences the rules wrote for them: a refusal in red, a note in blue, and what is
 * still to do (a kit being put together) in a calm neutral box, since nothing is wrong yet.
 */
export function ReasonList(props: {
  reasons: Reason[];
  tone: 'refusal' | 'notice' | 'progress';
  label: string;
}) {
  if (props.reasons.length === 0) return null;
  return (
    <ul className={`reasons reasons--${props.tone}`} aria-label={props.label}>
      {props.reasons.map((r, i) => (
        <li key={`${r.code}-${i}`} className="reasons__item">
          {r.message}
        </li>
      ))}
    </ul>
  );
}

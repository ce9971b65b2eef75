import type { Reason } from '../../domain/lending/reasons.js';

/** Reasons as the plain sentences the rules wrote for them. */
export function ReasonList(props: { reasons: Reason[]; tone: 'refusal' | 'notice'; label: string }) {
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

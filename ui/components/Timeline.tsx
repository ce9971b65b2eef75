import { formatDue } from '../format/dates.js';

export type TimelineEvent = {
  id: string;
  at: string;
  /** What happened, as a sentence. */
  text: string;
  /** Who did it; null for the system. */
  who: string | null;
  /** A short kind for the marker ("Loan", "Edit"). */
  kind: string;
};

/** What happened to something, newest first, each with when and by whom. */
export function Timeline(props: { events: readonly TimelineEvent[]; label: string }) {
  return (
    <ol className="timeline" aria-label={props.label}>
      {props.events.map((e) => (
        <li key={e.id} className="timeline__event">
          <span className="timeline__kind">{e.kind}</span>
          <p className="timeline__text">{e.text}</p>
          <p className="timeline__meta">
            <time dateTime={e.at}>{formatDue(e.at)}</time>
            {' · '}
            {e.who ?? 'Kitdesk'}
          </p>
        </li>
      ))}
    </ol>
  );
}

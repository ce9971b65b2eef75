import type { TestRead } from '../../devices/device-traffic.js';
import { formatClock } from '../../../ui/format/dates.js';

/** Reads while testing: shown here and nowhere else. */
export function TestReads({ reads }: { reads: TestRead[] }) {
  return (
    <section aria-labelledby="test-reads-heading" className="test-reads">
      <h2 id="test-reads-heading" className="section-heading">
        Test reads
      </h2>
      <div role="log" aria-live="polite">
        {reads.length === 0 ? (
          <p className="empty-note">Tap a card or scan a label: it shows here and nothing else happens.</p>
        ) : (
          <ol className="test-reads__list">
            {reads.map((r) => (
              <li key={r.seq}>
                <span className="mono test-reads__value">{r.value}</span>
                <span>
                  {r.source} · {r.kind} · {formatClock(r.ts)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

import { useKiosk } from '../../app/stores-context.js';
import { formatClock } from '../../../ui/format/dates.js';
import { hexRows } from '../../format/hex.js';

/** How many lines the live view draws; the store keeps more for when the view is scrolled. */
const SHOWN = 60;

/** The bytes as they came off each device, newest first, with rejects marked. */
export function TrafficView() {
  const { traffic, status } = useKiosk('devices');
  const nameOf = (deviceId: string) => status?.config.find((d) => d.id === deviceId)?.name ?? deviceId;
  return (
    <section aria-labelledby="traffic-heading" className="traffic">
      <h2 id="traffic-heading" className="section-heading">
        Live bytes
      </h2>
      {traffic.length === 0 ? (
        <p className="empty-note">Nothing received since this screen opened.</p>
      ) : (
        <ol className="traffic__list" aria-label="Device traffic, newest first">
          {traffic.slice(0, SHOWN).map((t) => (
            <li key={t.seq} className={`traffic__entry traffic__entry--${t.kind}`}>
              <p className="traffic__meta">
                <span className="mono">{formatClock(t.ts)}</span>
                <span>{nameOf(t.deviceId)}</span>
                <span className="traffic__text">{t.text}</span>
              </p>
              {t.hex && (
                <pre className="traffic__hex">
                  {hexRows(t.hex)
                    .map((r) => `${r.offset}  ${r.hex.padEnd(47)}  ${r.text}`)
                    .join('\n')}
                </pre>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

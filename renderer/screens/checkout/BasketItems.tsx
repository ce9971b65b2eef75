import type { SessionView } from '../../../domain/kiosk-api/views.js';
import { useKiosk } from '../../app/stores-context.js';
import { KitChecklist } from '../../components/KitChecklist.js';
import { tagsOfLookalikes } from '../../format/wording.js';

/** The basket's lines: single items, then each kit with its checklist. Every line can be taken out again. */
export function BasketItems({ view }: { view: SessionView }) {
  const session = useKiosk('session');
  const kitIds = new Set(view.kits.map((k) => k.kit.id));
  const singles = view.lines.filter((l) => l.kitId === null || !kitIds.has(l.kitId));
  const tagOf = tagsOfLookalikes(singles);
  if (view.lines.length === 0) {
    return <p className="basket__empty">Your basket is empty.</p>;
  }
  return (
    <section className="basket__items" aria-labelledby="basket-heading">
      <h2 id="basket-heading" className="section-heading">
        Your basket
      </h2>
      {singles.length > 0 && (
        <ul className="lines">
          {singles.map((line) => (
            <li key={line.assetId} className="lines__item">
              <span className="lines__name">
                {line.name}
                {tagOf(line) && <span className="code lines__tag">{tagOf(line)}</span>}
              </span>
              {line.highValue && <span className="pill pill--warn">High value</span>}
              <button
                type="button"
                className="btn btn--quiet"
                aria-label={`Remove ${line.name}${tagOf(line) ? ` ${tagOf(line)}` : ''}`}
                onClick={() => void session.removeLine(line.assetId)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {view.kits.map((kit) => (
        <KitChecklist
          key={kit.kit.id}
          kit={kit}
          direction="checkout"
          disabled={false}
          scanned={view.lines.filter((l) => l.kitId === kit.kit.id)}
          onTick={(id, confirmed) => void session.tickItem(id, confirmed)}
          onRemove={(assetId) => void session.removeLine(assetId)}
        />
      ))}
    </section>
  );
}

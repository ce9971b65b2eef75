import type { KitProgressView } from '../../domain/kiosk-api/views.js';
import { count } from '../format/wording.js';
import { Icon } from './Icon.js';
import { kitName } from '../../domain/lending/kit-name.js';

type Props = {
  kit: KitProgressView;
  /** The kit's tagged parts already scanned in this basket or return. */
  scanned: { assetId: string; name: string }[];
  direction: 'checkout' | 'return';
  disabled: boolean;
  onTick: (groupItemId: string, confirmed: boolean) => void;
  /** Takes a scanned part out again, where the flow allows it (a basket, not a return). */
  onRemove?: (assetId: string) => void;
};

type StillOut = NonNullable<KitProgressView['checklist'][number]['stillOut']>;
const STILL_OUT: Record<StillOut, string> = {
  'with-you': 'Still out with you',
  'on-another-loan': 'Still out on another loan',
};

/** One kit: its tagged parts (scanned or still to scan) and its untagged accessories to tick. */
export function KitChecklist({ kit, scanned, direction, disabled, onTick, onRemove }: Props) {
  const todo = kit.missingAssets.length + kit.unconfirmedItems.length;
  const headingId = `kit-${kit.kit.id}`;
  return (
    <section className={`kit ${kit.complete ? 'kit--complete' : ''}`} aria-labelledby={headingId}>
      <header className="kit__header">
        <h3 id={headingId}>{kitName(kit.kit.name)}</h3>
        <span className={`pill ${kit.complete ? 'pill--ok' : 'pill--warn'}`}>
          {kit.complete ? 'Complete' : `${count(todo, 'thing')} to do`}
        </span>
      </header>
      <div className="kit__columns">
        <div>
          <h4 className="kit__subheading">Parts with a label</h4>
          <ul className="kit__parts">
            {scanned.map((p) => (
              <li key={p.assetId} className="kit__part kit__part--done">
                <Icon name="check" />
                <span className="kit__part-name">{p.name}</span>
                <span className="kit__part-state">Scanned</span>
                {onRemove && (
                  <button
                    type="button"
                    className="btn btn--quiet kit__remove"
                    aria-label={`Remove ${p.name}`}
                    onClick={() => onRemove(p.assetId)}
                  >
                    Remove
                  </button>
                )}
              </li>
            ))}
            {kit.missingAssets.map((p) => (
              <li key={p.id} className="kit__part kit__part--todo">
                <Icon name="todo" />
                <span className="kit__part-name">{p.name}</span>
                <span className="kit__part-state">Scan its label</span>
              </li>
            ))}
          </ul>
        </div>
        {kit.checklist.length > 0 && (
          <fieldset className="kit__ticks">
            <legend className="kit__subheading">
              {direction === 'checkout'
                ? 'Tick each accessory you are taking'
                : 'Tick each accessory that came back'}
            </legend>
            {kit.checklist.map((item) =>
              // Not in the cupboard, so nothing to tick; a box ticked before the kiosk learnt it was out
              // stays, so it can be unticked as the refusal asks.
              item.stillOut && !item.confirmed ? (
                <div key={item.id} className="tick tick--out">
                  <Icon name="todo" />
                  <span className="tick__name">{item.name}</span>
                  <span className="tick__state">{STILL_OUT[item.stillOut]}</span>
                </div>
              ) : (
                <label key={item.id} className={`tick ${item.confirmed ? 'tick--on' : ''}`}>
                  <input
                    type="checkbox"
                    checked={item.confirmed}
                    disabled={disabled}
                    onChange={(e) => onTick(item.id, e.currentTarget.checked)}
                  />
                  <span>{item.name}</span>
                </label>
              ),
            )}
          </fieldset>
        )}
      </div>
    </section>
  );
}

import type { AccessoriesOutView } from '../../../domain/kiosk-api/views.js';
import { formatShortDateTime } from '../../../ui/format/dates.js';
import { lateness } from '../../format/wording.js';

type Props = {
  groups: AccessoriesOutView[];
  disabled: boolean;
  onTick: (groupItemId: string, onReturn: boolean) => void;
};

/**
 * Accessories a partial return left on loan after the rest of their kit came back. They have no label to
 * scan, so staff find them here by borrower and kit and tick the ones handed in.
 */
export function AccessoriesOut({ groups, disabled, onTick }: Props) {
  return (
    <section className="accessories-out" aria-labelledby="accessories-out-heading">
      <h2 id="accessories-out-heading" className="section-heading">
        Accessories still out
      </h2>
      <p className="panel-intro">
        Left on loan when the rest of their kit came back. Tick each one handed in, then finish the return.
      </p>
      <ul className="accessories-out__loans">
        {groups.map((g) => (
          <li key={`${g.allocationId}:${g.kit.id}`}>
            <fieldset className="kit__ticks">
              <legend>
                <span className="accessories-out__kit">{g.kit.name} kit</span>
                <span className="accessories-out__who">
                  {g.borrowerName} · due {formatShortDateTime(g.dueAt)}
                </span>
                <span className={`pill ${g.daysLate > 0 ? 'pill--warn' : 'pill--neutral'}`}>
                  {lateness(g.daysLate)}
                </span>
              </legend>
              {g.items.map((item) => (
                <label key={item.id} className={`tick ${item.onReturn ? 'tick--on' : ''}`}>
                  <input
                    type="checkbox"
                    checked={item.onReturn}
                    disabled={disabled}
                    onChange={(e) => onTick(item.id, e.currentTarget.checked)}
                  />
                  <span>{item.name}</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
    </section>
  );
}

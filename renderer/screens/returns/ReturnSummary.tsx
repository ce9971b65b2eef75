import type { ReturnView } from '../../../domain/kiosk-api/views.js';
import { Icon } from '../../components/Icon.js';

/** What the last return checked in and what it left on loan. */
export function ReturnSummary(props: { summary: NonNullable<ReturnView['summary']>; onNext: () => void }) {
  const { returned, stillOut } = props.summary;
  return (
    <section className="return-summary" aria-labelledby="return-summary-heading">
      <h2 id="return-summary-heading" className="return-summary__headline">
        <Icon name="check" /> Return recorded
      </h2>
      <div className="return-summary__columns">
        <div>
          <h3>Checked in</h3>
          <ul>
            {returned.map((name, i) => (
              <li key={`${name}-${i}`}>{name}</li>
            ))}
          </ul>
        </div>
        {stillOut.length > 0 && (
          <div className="return-summary__still-out">
            <h3>Still on loan</h3>
            <ul>
              {stillOut.map((name, i) => (
                <li key={`${name}-${i}`}>{name}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <button type="button" className="btn btn--primary" onClick={props.onNext}>
        Next return
      </button>
    </section>
  );
}

import type { Receipt } from '../../../domain/kiosk-api/views.js';
import { useKiosk } from '../../app/stores-context.js';
import { Icon } from '../../components/Icon.js';
import { StationFrame } from '../../components/StationFrame.js';
import { formatDue } from '../../../ui/format/dates.js';

/** The loan is on disk: what went out, and when it is due back, biggest of all. */
export function ReceiptScreen({ receipt }: { receipt: Receipt }) {
  const session = useKiosk('session');
  return (
    <StationFrame title="Loan recorded">
      <div className="receipt">
        <div role="status">
          <h2 className="receipt__headline">
            <Icon name="check" className="receipt__tick" />
            All done, {receipt.borrowerName}
          </h2>
        </div>
        <div className="receipt__due">
          <p className="receipt__due-label">Please bring everything back by</p>
          <p className="receipt__due-date">{formatDue(receipt.dueAt)}</p>
        </div>
        <div className="receipt__lists">
          <section aria-labelledby="receipt-items">
            <h3 id="receipt-items">You have borrowed</h3>
            <ul className="receipt__list">
              {receipt.items.map((name, i) => (
                <li key={`${name}-${i}`}>{name}</li>
              ))}
            </ul>
          </section>
          {receipt.accessories.length > 0 && (
            <section aria-labelledby="receipt-accessories">
              <h3 id="receipt-accessories">With these accessories</h3>
              <ul className="receipt__list">
                {receipt.accessories.map((name, i) => (
                  <li key={`${name}-${i}`}>{name}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
        {receipt.approvedBy && <p className="receipt__approved">Approved by {receipt.approvedBy}</p>}
        <button type="button" className="btn btn--primary btn--big" onClick={() => void session.cancel()}>
          Finish
        </button>
        <p className="receipt__hint">This screen clears itself in a few seconds.</p>
      </div>
    </StationFrame>
  );
}

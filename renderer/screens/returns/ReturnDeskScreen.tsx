import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { KitChecklist } from '../../components/KitChecklist.js';
import { ReasonList } from '../../components/ReasonList.js';
import { ScanResult } from '../../components/ScanResult.js';
import { ReturnLines } from './ReturnLines.js';
import { ReturnSummary } from './ReturnSummary.js';

/** Staff scan what comes back, see who had it, tick accessories, note condition and finish. */
export function ReturnDeskScreen() {
  const returns = useKiosk('returns');
  const view = returns.view;
  if (!view) return null;
  const kitShort = view.refusals.some((r) => r.code === 'kit_incomplete');
  const hasLines = view.lines.length > 0;
  return (
    <div className="desk">
      <ScanResult lastScan={view.lastScan} prompt="Scan the label on each item being returned." />
      {view.phase === 'done' && view.summary && (
        <ReturnSummary summary={view.summary} onNext={() => void returns.cancel()} />
      )}
      {hasLines && (
        <>
          <ReturnLines lines={view.lines} />
          {view.kits.map((kit) => (
            <KitChecklist
              key={kit.kit.id}
              kit={kit}
              direction="return"
              disabled={false}
              scanned={view.lines.filter((l) => l.kitId === kit.kit.id)}
              onTick={(id, confirmed) => void returns.tickItem(id, confirmed)}
            />
          ))}
          <ReasonList reasons={view.refusals} tone="refusal" label="What stops a full return" />
          <ReasonList reasons={view.notices} tone="notice" label="Notes on this return" />
          <ErrorNote error={returns.error} />
          <div className="desk__actions">
            <button
              type="button"
              className="btn btn--go btn--big"
              disabled={!view.allowed || returns.busy}
              onClick={() => void returns.finish(false)}
            >
              Finish return
            </button>
            {kitShort && (
              <button
                type="button"
                className="btn btn--primary btn--big"
                disabled={returns.busy}
                onClick={() => void returns.finish(true)}
              >
                Finish partial return
              </button>
            )}
            <button
              type="button"
              className="btn btn--secondary btn--big"
              onClick={() => void returns.cancel()}
            >
              Cancel
            </button>
          </div>
          {kitShort && (
            <p className="desk__hint">
              A partial return checks in what is here; anything not scanned or ticked stays on loan to the
              borrower.
            </p>
          )}
        </>
      )}
    </div>
  );
}

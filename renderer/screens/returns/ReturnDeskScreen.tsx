import { useKiosk } from '../../app/stores-context.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { KitChecklist } from '../../components/KitChecklist.js';
import { ReasonList } from '../../components/ReasonList.js';
import { ScanResult } from '../../components/ScanResult.js';
import { AccessoriesOut } from './AccessoriesOut.js';
import { ReturnLines } from './ReturnLines.js';
import { ReturnSummary } from './ReturnSummary.js';

/**
 * Staff scan what comes back, see who had it, tick accessories, note condition and finish. Accessories left
 * out by an earlier partial return are listed below, to tick and return with or without anything scanned.
 */
export function ReturnDeskScreen() {
  const returns = useKiosk('returns');
  const view = returns.view;
  if (!view) return null;
  const kitShort = view.refusals.some((r) => r.code === 'kit_incomplete');
  const inProgress = view.phase === 'scanning';
  // A kit on this return only through an accessory ticked below has nothing scanned to show beside it.
  const scannedKits = view.kits.filter((k) => view.lines.some((l) => l.kitId === k.kit.id));
  return (
    <div className="desk">
      <ScanResult lastScan={view.lastScan} prompt="Scan the label on each item being returned." />
      {view.phase === 'done' && view.summary && (
        <ReturnSummary summary={view.summary} onNext={() => void returns.cancel()} />
      )}
      {inProgress && (
        <>
          <ReturnLines lines={view.lines} accessories={view.accessories} />
          {scannedKits.map((kit) => (
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
      {view.accessoriesOut.length > 0 && (
        <AccessoriesOut
          groups={view.accessoriesOut}
          disabled={returns.busy}
          onTick={(id, onReturn) => void (onReturn ? returns.addAccessory(id) : returns.tickItem(id, false))}
        />
      )}
    </div>
  );
}

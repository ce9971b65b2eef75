import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SelectField, TextAreaField } from '../../../ui/components/Field.js';
import { ErrorNote } from '../../../ui/components/ErrorNote.js';
import { TextField } from '../../../ui/components/TextField.js';
import { isoToBritish } from '../../../domain/dates/british-date.js';
import type { AssetDetail } from '../../../domain/api/assets.js';
import type { ApiError } from '../../api/http.js';
import { useAssetChoices, useAssetPage } from '../../app/console-stores.js';
import { issuesOf } from '../../stores/asset-page-store.js';

/** Today on this computer's calendar, as an ISO date. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Taking an asset out of service for good: when, how and why. It stays in the catalogue and its history. */
export function DisposePanel(props: { asset: AssetDetail }) {
  const { asset } = props;
  const disposalTypes = useAssetChoices((s) => s.disposalTypes);
  const dispose = useAssetPage((s) => s.dispose);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(today);
  const [typeId, setTypeId] = useState('');
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) first.current?.querySelector('input')?.focus();
  }, [open]);

  if (asset.disposalDate) {
    const type = disposalTypes.find((t) => t.id === asset.disposalTypeId)?.name;
    return (
      <section className="asset-page__panel asset-page__disposed" aria-labelledby="asset-dispose-title">
        <h2 id="asset-dispose-title">Disposed of</h2>
        <p>
          On {isoToBritish(asset.disposalDate)}
          {type ? ` (${type})` : ''}: {asset.disposalReason}
        </p>
        <p className="asset-page__quiet">It can never be lent again; its history is kept.</p>
      </section>
    );
  }

  const issues = refusal ? issuesOf(refusal) : [];
  const issue = (path: string) => issues.find((i) => i.path === path)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const refused = await dispose({ date, reason, disposalTypeId: typeId });
    setBusy(false);
    setRefusal(refused);
    if (!refused) setOpen(false);
  };

  return (
    <section className="asset-page__panel" aria-labelledby="asset-dispose-title">
      <h2 id="asset-dispose-title">Dispose of this asset</h2>
      {!open ? (
        <>
          <p className="asset-page__quiet">
            Sold, recycled, destroyed or given away: it stays in the catalogue and its history, and can never
            be lent again.
          </p>
          <button type="button" className="btn btn--secondary" onClick={() => setOpen(true)}>
            Dispose of {asset.name} …
          </button>
        </>
      ) : (
        <form className="dispose-form" onSubmit={(e) => void submit(e)} noValidate>
          <div ref={first}>
            <TextField
              label="Date disposed of"
              type="date"
              value={date}
              error={issue('date')}
              onChange={(e) => setDate(e.currentTarget.value)}
            />
          </div>
          <SelectField
            label="How"
            value={typeId}
            error={issue('disposalTypeId')}
            hint={disposalTypes.length === 0 ? 'There are no disposal types yet: add one first.' : undefined}
            choices={[
              { value: '', label: 'Choose how it went' },
              ...disposalTypes.map((t) => ({ value: t.id, label: t.name })),
            ]}
            onChange={setTypeId}
          />
          <TextAreaField
            label="Reason"
            hint="At least three letters, e.g. Lens mount cracked, not worth repairing."
            value={reason}
            error={issue('reason')}
            onChange={setReason}
          />
          <ErrorNote message={refusal && issues.length === 0 ? refusal.message : null} />
          <div className="button-row">
            <button type="submit" className="btn btn--danger" disabled={busy}>
              Dispose of it for good
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

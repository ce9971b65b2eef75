import { useEffect, useId, useRef, useState } from 'react';
import type { ImportKind } from '../../domain/api/imports.js';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { ProgressBar } from '../../ui/components/ProgressBar.js';
import { useApi, useImport, useIsAdmin } from '../app/console-stores.js';
import { toApiError } from '../stores/session-store.js';
import { ExportButtons } from './ExportButtons.js';
import { ImportReportView } from './ImportReportView.js';

const kinds: { kind: ImportKind; label: string; hint: string }[] = [
  { kind: 'people', label: 'People', hint: 'Pupils and staff, from the school information system.' },
  { kind: 'assets', label: 'Assets', hint: 'Equipment, from a spreadsheet or an earlier export.' },
];

const ns = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const megabytes = (bytes: number) => `${ns.format(bytes / 1024 / 1024)} MB`;

/** Check a CSV file, see every problem by line and column, then import it; and export every table. */
export function ImportScreen() {
  const id = useId();
  const isAdmin = useIsAdmin();
  const api = useApi();
  const { chooseKind, check, commit, clear } = useImport((s) => s);
  const kind = useImport((s) => s.kind);
  const file = useImport((s) => s.file);
  const phase = useImport((s) => s.phase);
  const committing = useImport((s) => s.committing);
  const progress = useImport((s) => s.progress);
  const report = useImport((s) => s.report);
  const error = useImport((s) => s.error);
  const picker = useRef<HTMLInputElement>(null);
  const [templateError, setTemplateError] = useState<string | null>(null);
  const downloadTemplate = () => {
    setTemplateError(null);
    api
      .download(`/imports/${kind}/template`)
      .catch((err: unknown) => setTemplateError(toApiError(err).message));
  };

  // Only admins import people; staff import assets.
  useEffect(() => {
    if (!isAdmin && kind === 'people') chooseKind('assets');
  }, [isAdmin, kind, chooseKind]);

  const busy = phase === 'sending' || phase === 'finishing';
  const canCommit =
    phase === 'done' &&
    report &&
    !report.committed &&
    report.problemCount === 0 &&
    !error &&
    report.created + report.updated > 0;
  const what = kind === 'people' ? 'people' : 'assets';

  return (
    <section aria-labelledby="import-title">
      <div className="page-heading">
        <h1 id="import-title">Import and export</h1>
      </div>
      <section className="form-section" aria-labelledby="import-step-title">
        <h2 id="import-step-title">Import a CSV file</h2>
        <fieldset className="import-kind" disabled={busy}>
          <legend>What the file holds</legend>
          {kinds.map((k) => {
            const locked = k.kind === 'people' && !isAdmin;
            return (
              <label key={k.kind} className="import-kind__option">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  checked={kind === k.kind}
                  disabled={locked}
                  onChange={() => chooseKind(k.kind)}
                />
                <span>
                  <strong>{k.label}</strong>
                  <span className="field__hint">{locked ? 'Only an admin can import people.' : k.hint}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <p className="form-section__note">
          Start from the template: its first row names the columns this import reads. The same file can be
          imported again safely: rows are matched by{' '}
          {kind === 'people' ? 'email, then RFID card or barcode' : 'barcode, then serial number'}.
        </p>
        <div className="import-actions">
          <button type="button" className="btn btn--secondary" onClick={downloadTemplate}>
            Download the {what} template
          </button>
          <div className="field">
            <label htmlFor={`${id}-file`}>Choose a CSV file of {what} to check</label>
            <span className="field__hint" id={`${id}-file-hint`}>
              Checking changes nothing: you see every problem first, then import.
            </span>
            <input
              ref={picker}
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={`${id}-file-hint`}
              disabled={busy}
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                if (chosen) void check(chosen);
                // The same file again, once corrected, is a new choice.
                e.target.value = '';
              }}
            />
          </div>
        </div>
        {busy && file && (
          <ProgressBar
            label={
              phase === 'sending'
                ? `Sending ${file.name} (${megabytes(file.size)}); the server checks it as it arrives`
                : `All of ${file.name} is sent: the server is ${committing ? 'checking and saving' : 'checking'} its rows`
            }
            value={phase === 'sending' ? progress : null}
          />
        )}
        <ErrorNote message={templateError ?? error?.message} />
        {phase === 'done' && report && file && <ImportReportView report={report} fileName={file.name} />}
        {phase === 'done' && (
          <div className="form-actions">
            {canCommit && (
              <button type="button" className="btn btn--primary" onClick={() => void commit()}>
                Import {ns.format(report.created + report.updated)} {what}
              </button>
            )}
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => {
                clear();
                picker.current?.focus();
              }}
            >
              {report?.committed ? 'Import another file' : 'Choose another file'}
            </button>
          </div>
        )}
        {phase === 'idle' && (
          <p className="import-empty">
            No file checked yet. Download the template, fill it in (or export from the school information
            system), then choose the file above.
          </p>
        )}
      </section>
      <ExportButtons />
    </section>
  );
}

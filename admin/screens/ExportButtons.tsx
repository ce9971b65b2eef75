import { useState } from 'react';
import type { ExportTable } from '../../domain/api/imports.js';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { useApi, useIsAdmin } from '../app/console-stores.js';
import type { ApiError } from '../api/http.js';
import { toApiError } from '../stores/session-store.js';

type Exported = 'people' | ExportTable;

const tables: { table: Exported; label: string }[] = [
  { table: 'people', label: 'People' },
  { table: 'assets', label: 'Assets' },
  { table: 'groups', label: 'Kits' },
  { table: 'group-items', label: 'Kit accessories' },
  { table: 'locations', label: 'Locations' },
  { table: 'asset-types', label: 'Asset types' },
  { table: 'disposal-types', label: 'Disposal types' },
];

/** A CSV of every table; people and assets in the columns their imports read, to edit and import again. */
export function ExportButtons() {
  const api = useApi();
  const isAdmin = useIsAdmin();
  const [busy, setBusy] = useState<Exported | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const download = async (table: Exported) => {
    setBusy(table);
    setError(null);
    setDone(null);
    try {
      const name = await api.download(`/exports/${table}`);
      setDone(`${name} is downloaded.`);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="form-section" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="form-section__note">
        Each table as a CSV file. People and assets come out in the columns their imports read, so a file can
        be edited in a spreadsheet and imported again.
      </p>
      <div className="export-buttons">
        {tables.map(({ table, label }) => {
          const locked = table === 'people' && !isAdmin;
          return (
            <button
              key={table}
              type="button"
              className="btn btn--secondary"
              disabled={busy !== null || locked}
              aria-describedby={locked ? 'export-people-locked' : undefined}
              onClick={() => void download(table)}
            >
              {busy === table ? `Exporting ${label.toLowerCase()}…` : `Export ${label.toLowerCase()}`}
            </button>
          );
        })}
      </div>
      {!isAdmin && (
        <p className="form-section__note" id="export-people-locked">
          Only an admin can export people.
        </p>
      )}
      <p role="status" className="export-buttons__done">
        {done}
      </p>
      <ErrorNote message={error?.message} />
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../ui/components/EmptyState.js';
import { TextField } from '../../../ui/components/TextField.js';
import { useKit } from '../../app/console-stores.js';
import { PartWhereabouts } from './PartWhereabouts.js';

/** Scan a label into the kit, or find an asset by name and add it. */
function AddMember() {
  const { addByCode, findAssets, addMember, busy, found, errors, kit } = useKit((s) => s);
  const [code, setCode] = useState('');
  const [q, setQ] = useState('');
  const scan = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return;
    void addByCode(code).then((added) => {
      if (added) setCode('');
    });
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    void findAssets(q);
  };
  const inKit = new Set(kit?.members.map((m) => m.id));
  return (
    <div className="kit-add">
      <form className="kit-add__form" onSubmit={scan}>
        <TextField
          label="Scan a label"
          hint="Scan an asset's barcode, RFID or QR label into this box (a USB scanner presses Enter itself), or type it and press Enter."
          value={code}
          autoComplete="off"
          spellCheck={false}
          error={errors.scan}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          Add scanned asset
        </button>
      </form>
      <form className="kit-add__form" role="search" onSubmit={search}>
        <TextField
          label="Find an asset"
          hint="Part of its name, serial number or model."
          type="search"
          value={q}
          autoComplete="off"
          error={errors.search}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="btn btn--secondary">
          Find
        </button>
      </form>
      {found && found.total === 0 && (
        <p className="kit-add__none">No asset matches “{q}”. Check the spelling.</p>
      )}
      {found && found.total > 0 && (
        <ul className="kit-found" aria-label="Assets found">
          {found.items.map((a) => (
            <li key={a.id}>
              <span>
                <strong>{a.name}</strong>
                {a.barcode && <span className="mono"> {a.barcode}</span>}
              </span>
              {inKit.has(a.id) ? (
                <span className="pill pill--neutral">In this kit</span>
              ) : (
                <button
                  type="button"
                  className="btn btn--secondary"
                  disabled={busy}
                  aria-label={`Add ${a.name} to the kit`}
                  onClick={() => void addMember(a.id)}
                >
                  Add
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The kit's tagged assets: each scanned at a kiosk checkout, and where each is now. */
export function KitMembers() {
  const { kit, busy, errors, removeMember } = useKit((s) => s);
  if (!kit) return null;
  return (
    <section className="panel" aria-labelledby="kit-members-title">
      <h2 id="kit-members-title">Tagged assets ({kit.members.length})</h2>
      <p className="panel__lead">A borrower who scans one of these at a kiosk is asked to scan the rest.</p>
      <AddMember />
      {kit.members.length === 0 ? (
        <EmptyState title="No assets in this kit yet">
          Scan the label of each asset that belongs in the kit, or find it by name above.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Tagged assets of {kit.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Barcode</th>
                <th scope="col">Now</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kit.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row" className="data-table__name">
                    {m.name}
                  </th>
                  <td className="mono">{m.barcode ?? ''}</td>
                  <td>
                    <PartWhereabouts loan={m.loan} />
                    {errors[`item:${m.id}`] && (
                      <p className="field__error" role="alert">
                        {errors[`item:${m.id}`]}
                      </p>
                    )}
                  </td>
                  <td className="data-table__actions">
                    <button
                      type="button"
                      className="btn btn--secondary"
                      disabled={busy}
                      aria-label={`Remove ${m.name} from the kit`}
                      onClick={() => void removeMember(m.id)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

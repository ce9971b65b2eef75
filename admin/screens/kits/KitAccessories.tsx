import { useState, type FormEvent } from 'react';
import type { GroupChecklistItem } from '../../../domain/api/kits.js';
import { EmptyState } from '../../../ui/components/EmptyState.js';
import { TextField } from '../../../ui/components/TextField.js';
import { useKit } from '../../app/console-stores.js';
import { PartWhereabouts } from './PartWhereabouts.js';

const NO_NAME = 'Name the accessory, for example “Power cable”.';

/** Keep the keyboard on the accessory just moved: on its button for the same way, or the other way at an end. */
function focusMoved(id: string, by: -1 | 1) {
  const same = document.getElementById(`move-${by}-${id}`) as HTMLButtonElement | null;
  const other = document.getElementById(`move-${-by}-${id}`) as HTMLButtonElement | null;
  (same && !same.disabled ? same : other)?.focus();
}

function AccessoryRow(props: { item: GroupChecklistItem; index: number; count: number }) {
  const { item, index, count } = props;
  const { busy, errors, renameAccessory, removeAccessory, moveAccessory } = useKit((s) => s);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(item.name);
  const error = errors[`item:${item.id}`];
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    void renameAccessory(item.id, name).then((ok) => {
      if (ok) setRenaming(false);
    });
  };
  const move = (by: -1 | 1) => void moveAccessory(item.id, by).then(() => focusMoved(item.id, by));
  return (
    <li className="accessory">
      <span className="accessory__number" aria-hidden="true">
        {index + 1}
      </span>
      {renaming ? (
        <form className="accessory__rename" onSubmit={rename}>
          <TextField
            label={`New name for ${item.name}`}
            value={name}
            autoFocus
            autoComplete="off"
            maxLength={200}
            error={name.trim() ? error : NO_NAME}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn--primary" disabled={busy}>
            Save name
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setName(item.name);
              setRenaming(false);
            }}
          >
            Cancel
          </button>
        </form>
      ) : (
        <span className="accessory__name">
          <strong>{item.name}</strong>
          <PartWhereabouts loan={item.loan} />
          {error && (
            <span className="field__error" role="alert">
              {error}
            </span>
          )}
        </span>
      )}
      <span className="accessory__actions">
        <button
          type="button"
          id={`move--1-${item.id}`}
          className="btn btn--secondary"
          disabled={busy || index === 0}
          aria-label={`Move ${item.name} up`}
          onClick={() => move(-1)}
        >
          <span aria-hidden="true">↑</span> Up
        </button>
        <button
          type="button"
          id={`move-1-${item.id}`}
          className="btn btn--secondary"
          disabled={busy || index === count - 1}
          aria-label={`Move ${item.name} down`}
          onClick={() => move(1)}
        >
          <span aria-hidden="true">↓</span> Down
        </button>
        {!renaming && (
          <button
            type="button"
            className="btn btn--secondary"
            aria-label={`Rename ${item.name}`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
        )}
        <button
          type="button"
          className="btn btn--secondary"
          disabled={busy}
          aria-label={`Remove ${item.name} from the checklist`}
          onClick={() => void removeAccessory(item.id)}
        >
          Remove
        </button>
      </span>
    </li>
  );
}

/** The kit's untagged accessories: the checklist a borrower ticks at a kiosk, in this order. */
export function KitAccessories() {
  const { kit, busy, errors, addAccessory } = useKit((s) => s);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  if (!kit) return null;
  const add = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!name.trim());
    if (!name.trim()) return;
    void addAccessory(name).then((ok) => {
      if (ok) setName('');
    });
  };
  return (
    <section className="panel" aria-labelledby="kit-accessories-title">
      <h2 id="kit-accessories-title">Accessories without a label ({kit.items.length})</h2>
      <p className="panel__lead">
        Cables, plates and cases a borrower ticks off on the kiosk&rsquo;s checklist, in this order.
      </p>
      <form className="kit-add__form" onSubmit={add} noValidate>
        <TextField
          label="Accessory name"
          value={name}
          autoComplete="off"
          maxLength={200}
          error={missing ? NO_NAME : errors.accessory}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          Add accessory
        </button>
      </form>
      {kit.items.length === 0 ? (
        <EmptyState title="No accessories yet">
          Add anything that goes out with the kit but carries no label, such as a power cable or a lens cap.
        </EmptyState>
      ) : (
        <ol className="accessories" aria-label={`Checklist of ${kit.name}`}>
          {kit.items.map((item, index) => (
            <AccessoryRow key={item.id} item={item} index={index} count={kit.items.length} />
          ))}
        </ol>
      )}
    </section>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import { credentialKey } from '../../domain/credentials/credential-key.js';
import { usePerson } from '../app/console-stores.js';

type CardKind = 'rfid' | 'barcode';
const kindLabel: Record<CardKind, string> = { rfid: 'RFID card', barcode: 'Barcode card' };

/**
 * A person's two cards: the RFID card they tap and the barcode on it. A keyboard-mode reader at the desk
 * types the number into the box and presses Enter, which adds the card; typing it and pressing Enter (or
 * the button) does the same.
 */
export function PersonCards(props: { disabled: boolean }) {
  const id = useId();
  const draft = usePerson((s) => s.draft);
  const fieldErrors = usePerson((s) => s.fieldErrors);
  const edit = usePerson((s) => s.edit);
  const [kind, setKind] = useState<CardKind>('rfid');
  const [code, setCode] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const add = () => {
    const key = credentialKey(code);
    if (!key) return;
    edit(kind, key);
    setCode('');
    setAdded(`${kindLabel[kind]} ${key} added. Save the person to keep it.`);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    // Enter is the reader's end of a card, not "save the whole form".
    e.preventDefault();
    add();
  };

  return (
    <fieldset className="form-section" disabled={props.disabled}>
      <legend>Cards</legend>
      <dl className="card-list">
        {(['rfid', 'barcode'] as const).map((k) => (
          <div key={k} className="card-list__row">
            <dt>{kindLabel[k]}</dt>
            <dd>
              {draft[k] ? (
                <span className="mono">{draft[k]}</span>
              ) : (
                <span className="card-list__none">None</span>
              )}
              {draft[k] && (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  onClick={() => {
                    edit(k, '');
                    setAdded(`${kindLabel[k]} removed. Save the person to keep the change.`);
                  }}
                >
                  Remove <span className="visually-hidden">{kindLabel[k].toLowerCase()}</span>
                </button>
              )}
              {fieldErrors[k] && <span className="field__error">{fieldErrors[k]}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <div className="card-add">
        <div className="card-add__kind" role="radiogroup" aria-labelledby={`${id}-kind`}>
          <span id={`${id}-kind`} className="card-add__kind-label">
            Kind of card
          </span>
          {(['rfid', 'barcode'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
              {kindLabel[k]}
            </label>
          ))}
        </div>
        <div className="field">
          <label htmlFor={`${id}-code`}>Tap or type a card number</label>
          <span className="field__hint" id={`${id}-hint`}>
            Click in the box and tap the card on the desk reader, or type the number and press Enter. A new
            card replaces the one of the same kind.
          </span>
          <div className="card-add__row">
            <input
              id={`${id}-code`}
              aria-describedby={`${id}-hint`}
              autoComplete="off"
              spellCheck={false}
              className="mono"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              onKeyDown={onKey}
            />
            <button type="button" className="btn btn--secondary" onClick={add} disabled={!code.trim()}>
              Add card
            </button>
          </div>
        </div>
      </div>
      <p className="card-add__status" role="status">
        {added}
      </p>
    </fieldset>
  );
}

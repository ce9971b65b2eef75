import { useEffect, useId, useRef, useState } from 'react';
import { useKiosk } from '../../app/stores-context.js';

/** A note on the state an item came back in, written onto the return. */
export function ConditionNote(props: { assetId: string; itemName: string; note: string | null }) {
  const returns = useKiosk('returns');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(props.note ?? '');
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  // The note opens to be written: its field takes the focus, so nobody has to find and touch it again.
  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);
  if (!editing) {
    return (
      <div className="condition">
        {props.note && <p className="condition__note">{props.note}</p>}
        <button
          type="button"
          className="btn btn--quiet"
          aria-label={`${props.note ? 'Change note' : 'Add note'} on the condition of ${props.itemName}`}
          onClick={() => {
            setText(props.note ?? '');
            setEditing(true);
          }}
        >
          {props.note ? 'Change note' : 'Add note'}
        </button>
      </div>
    );
  }
  return (
    <form
      className="condition condition--editing"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await returns.setCondition(props.assetId, text.trim() || null)) setEditing(false);
      }}
    >
      <label htmlFor={id}>Condition of {props.itemName}</label>
      <textarea
        ref={field}
        id={id}
        rows={2}
        maxLength={2000}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <div className="condition__buttons">
        <button type="submit" className="btn btn--primary">
          Save note
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

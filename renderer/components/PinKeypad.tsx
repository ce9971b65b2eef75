import { useId, useState } from 'react';
import type { ApiError } from '../../domain/api-error.js';
import { ErrorNote } from './ErrorNote.js';

const MAX_DIGITS = 8;
const MIN_DIGITS = 4;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * A staff PIN typed on the screen: a kiosk has no keyboard. The digits never show, only how many there
 * are; what was typed is cleared after every attempt, whether it worked or not.
 */
export function PinKeypad(props: {
  title: string;
  hint: string;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  /** Answers whether the PIN opened what it was for. */
  onSubmit: (pin: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [pin, setPin] = useState('');
  const id = useId();
  const press = (d: string) => setPin((p) => (p.length < MAX_DIGITS ? p + d : p));
  return (
    <form
      className="pin-keypad"
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        const typed = pin;
        setPin('');
        await props.onSubmit(typed);
      }}
    >
      <div className="pin-keypad__side">
        <h2 id={`${id}-title`} className="section-heading">
          {props.title}
        </h2>
        <p className="pin-keypad__hint">{props.hint}</p>
        <output className="pin-keypad__dots" aria-live="polite" aria-label="Digits typed">
          {pin.length === 0 ? 'No digits yet' : `${Array(pin.length).fill('●').join(' ')} (${pin.length})`}
        </output>
        <ErrorNote error={props.error} />
        <div className="pin-keypad__actions">
          <button type="button" className="btn btn--quiet" onClick={props.onCancel}>
            Not now
          </button>
          <button
            type="submit"
            className="btn btn--primary btn--big"
            disabled={props.busy || pin.length < MIN_DIGITS}
          >
            {props.busy ? 'Checking…' : props.submitLabel}
          </button>
        </div>
      </div>
      <div className="pin-keypad__keys">
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            className="btn btn--secondary pin-keypad__key"
            onClick={() => press(d)}
          >
            {d}
          </button>
        ))}
        <button
          type="button"
          className="btn btn--quiet pin-keypad__key pin-keypad__key--word"
          onClick={() => setPin('')}
        >
          Clear
        </button>
        <button type="button" className="btn btn--secondary pin-keypad__key" onClick={() => press('0')}>
          0
        </button>
        <button
          type="button"
          className="btn btn--quiet pin-keypad__key"
          aria-label="Delete the last digit"
          onClick={() => setPin((p) => p.slice(0, -1))}
        >
          ⌫
        </button>
      </div>
    </form>
  );
}

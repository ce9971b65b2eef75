import { useId } from 'react';

/** A labelled checkbox with its hint, and why it cannot be changed when it is locked. */
export function CheckboxField(props: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Why the box is locked, shown and read with it; null when it can be changed. */
  lockedBecause?: string | null;
  error?: string | null;
}) {
  const id = useId();
  const locked = props.lockedBecause ?? null;
  const described = [
    props.hint && `${id}-hint`,
    locked && `${id}-locked`,
    props.error && `${id}-error`,
  ].filter(Boolean);
  return (
    <div className="check-field">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={locked !== null}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described.join(' ') || undefined}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <div className="check-field__text">
        <label htmlFor={id}>{props.label}</label>
        {props.hint && (
          <span className="field__hint" id={`${id}-hint`}>
            {props.hint}
          </span>
        )}
        {locked && (
          <span className="check-field__locked" id={`${id}-locked`}>
            {locked}
          </span>
        )}
        {props.error && (
          <span className="field__error" id={`${id}-error`}>
            {props.error}
          </span>
        )}
      </div>
    </div>
  );
}

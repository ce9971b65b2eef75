import { useId } from 'react';
import type { Choice } from '../../../forms/location-choices.js';

type Common = { label: string; error?: string | undefined; hint?: string };

/** A labelled text, date or long-text field with its problem, if any, right under it. */
export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'textarea';
    inputMode?: 'text' | 'decimal';
    prefix?: string;
  },
) {
  const id = useId();
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');
  const shared = {
    id,
    value: props.value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className={`field ${props.error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <span id={`${id}-hint`} className="field__hint">
          {props.hint}
        </span>
      )}
      {props.type === 'textarea' ? (
        <textarea {...shared} rows={3} onChange={(e) => props.onChange(e.currentTarget.value)} />
      ) : (
        <span className="field__control">
          {props.prefix && (
            <span className="field__prefix" aria-hidden="true">
              {props.prefix}
            </span>
          )}
          <input
            {...shared}
            type={props.type ?? 'text'}
            inputMode={props.inputMode}
            autoComplete="off"
            onChange={(e) => props.onChange(e.currentTarget.value)}
          />
        </span>
      )}
      {props.error && (
        <span id={`${id}-error`} className="field__error">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** A yes/no setting as a large tick box with its explanation. */
export function CheckField(props: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span>
          <strong>{props.label}</strong>
          {props.hint && <span className="choice__hint">{props.hint}</span>}
        </span>
      </label>
      {props.error && <span className="field__error">{props.error}</span>}
    </div>
  );
}

/** A labelled choice of one from a list, with its problem, if any, right under it. */
export function SelectField(
  props: Common & {
    value: string;
    choices: readonly Choice[];
    disabled?: boolean;
    onChange: (value: string) => void;
  },
) {
  const id = useId();
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`field ${props.error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <span id={`${id}-hint`} className="field__hint">
          {props.hint}
        </span>
      )}
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {props.error && (
        <span id={`${id}-error`} className="field__error">
          {props.error}
        </span>
      )}
    </div>
  );
}

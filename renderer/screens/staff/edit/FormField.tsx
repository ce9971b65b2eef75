import { useId, type ReactNode } from 'react';
import type { Choice } from '../../../forms/location-choices.js';

type Common = { label: string; error?: string | undefined; hint?: string };

/** What a control needs to be tied to its label, hint and problem for screen readers. */
type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** The label, hint and problem around one control, tied to it by ids. */
function LabelledField(props: Common & { control: (tie: ControlProps) => ReactNode }) {
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
      {props.control({
        id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {props.error && (
        <span id={`${id}-error`} className="field__error">
          {props.error}
        </span>
      )}
    </div>
  );
}

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
  return (
    <LabelledField
      {...props}
      control={(tie) =>
        props.type === 'textarea' ? (
          <textarea
            {...tie}
            value={props.value}
            rows={3}
            onChange={(e) => props.onChange(e.currentTarget.value)}
          />
        ) : (
          <span className="field__control">
            {props.prefix && (
              <span className="field__prefix" aria-hidden="true">
                {props.prefix}
              </span>
            )}
            <input
              {...tie}
              value={props.value}
              type={props.type ?? 'text'}
              inputMode={props.inputMode}
              autoComplete="off"
              onChange={(e) => props.onChange(e.currentTarget.value)}
            />
          </span>
        )
      }
    />
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
  return (
    <LabelledField
      {...props}
      control={(tie) => (
        <select
          {...tie}
          value={props.value}
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        >
          {props.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

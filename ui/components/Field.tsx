import { useId, type ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and problem for screen readers. */
export type FieldTie = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

export type FieldProps = {
  label: string;
  hint?: string | undefined;
  /** The server's sentence about this field, shown under it and read out with it. */
  error?: string | null | undefined;
};

/** The label, hint and problem around one control, tied to it by ids. */
export function Field(props: FieldProps & { className?: string; control: (tie: FieldTie) => ReactNode }) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <div className={['field', props.error && 'field--invalid', props.className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <span className="field__hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.control({
        id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {props.error && (
        <span className="field__error" id={errorId}>
          {props.error}
        </span>
      )}
    </div>
  );
}

export type Choice = { value: string; label: string };

/** One of a list, with its problem under it. */
export function SelectField(
  props: FieldProps & {
    value: string;
    choices: readonly Choice[];
    disabled?: boolean;
    onChange: (value: string) => void;
  },
) {
  return (
    <Field
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

/** Several lines of text (a description, warranty terms). */
export function TextAreaField(
  props: FieldProps & { value: string; rows?: number; maxLength?: number; onChange: (value: string) => void },
) {
  return (
    <Field
      {...props}
      className="field--wide"
      control={(tie) => (
        <textarea
          {...tie}
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        />
      )}
    />
  );
}

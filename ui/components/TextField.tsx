import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

type Described = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

type FrameProps = {
  label: string;
  hint?: string | undefined;
  /** The server's sentence about this field, shown under it and read out with it. */
  error?: string | null | undefined;
};

/** A field's label, hint and error, tied to its control for screen readers. */
function FieldFrame({ label, hint, error, control }: FrameProps & { control(a: Described): ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {control({
        id,
        ...(error ? { 'aria-invalid': true } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {error && (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & FrameProps;

/** A labelled input with its hint and its error tied to it for screen readers. */
export function TextField({ label, hint, error, ...input }: TextFieldProps) {
  return <FieldFrame label={label} hint={hint} error={error} control={(a) => <input {...a} {...input} />} />;
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & FrameProps;

/** A labelled text area, for descriptions and notes of more than a line. */
export function TextAreaField({ label, hint, error, ...area }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} control={(a) => <textarea {...a} {...area} />} />
  );
}

import type { InputHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field.js';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & FieldProps;

/** A labelled input with its hint and its error tied to it for screen readers. */
export function TextField({ label, hint, error, ...input }: TextFieldProps) {
  return <Field label={label} hint={hint} error={error} control={(tie) => <input {...tie} {...input} />} />;
}

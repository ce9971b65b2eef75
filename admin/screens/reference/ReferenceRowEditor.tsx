import { useState, type FormEvent } from 'react';
import { TextField } from '../../../ui/components/TextField.js';
import {
  fieldText,
  referenceBody,
  type ReferenceKindSpec,
  type ReferenceRow,
} from '../../stores/reference-kinds.js';

/**
 * The fields of one row of a reference table, for adding a new one (row null) or changing one. A missing
 * name is said at once; anything else the server refuses comes back as its sentence under the form.
 */
export function ReferenceRowEditor(props: {
  kind: ReferenceKindSpec;
  row: ReferenceRow | null;
  busy: boolean;
  error: string | undefined;
  submitLabel: string;
  onSave: (body: Record<string, unknown>) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { kind, row } = props;
  const blank = () => Object.fromEntries(kind.fields.map((f) => [f.key, fieldText(row, f)]));
  const [text, setText] = useState<Record<string, string>>(blank);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const noName = !(text.name ?? '').trim();
    setMissing(noName);
    if (noName) return;
    void props.onSave(referenceBody(kind.fields, text)).then((saved) => {
      if (saved && !row) setText(blank());
    });
  };
  return (
    <form className="reference-editor" onSubmit={submit} noValidate>
      {kind.fields.map((f) => (
        <TextField
          key={f.key}
          label={row ? `${f.label} of ${row.name}` : f.label}
          hint={f.hint}
          value={text[f.key] ?? ''}
          autoComplete="off"
          inputMode={f.kind === 'hours' ? 'numeric' : undefined}
          autoFocus={Boolean(row) && f.key === 'name'}
          error={f.key === 'name' && missing ? `Give the ${kind.noun} a name.` : undefined}
          onChange={(e) => setText({ ...text, [f.key]: e.target.value })}
        />
      ))}
      <div className="reference-editor__buttons">
        <button type="submit" className="btn btn--primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="btn btn--secondary" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      {props.error && (
        <p className="field__error reference-editor__error" role="alert">
          {props.error}
        </p>
      )}
    </form>
  );
}

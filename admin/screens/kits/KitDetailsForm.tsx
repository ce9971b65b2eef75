import { useState, type FormEvent } from 'react';
import { TextAreaField } from '../../../ui/components/Field.js';
import { TextField } from '../../../ui/components/TextField.js';

const NO_NAME = 'Give the kit a name, for example “Vlog kit B”.';

/** A kit's name and description: the first step of a new kit, and editable on its page. */
export function KitDetailsForm(props: {
  name: string;
  description: string;
  submitLabel: string;
  busy: boolean;
  /** The server's sentence when it refused the last save. */
  error: string | undefined;
  onSave: (name: string, description: string) => void;
}) {
  const [name, setName] = useState(props.name);
  const [description, setDescription] = useState(props.description);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!name.trim());
    if (name.trim()) props.onSave(name, description);
  };
  return (
    <form className="panel kit-details" onSubmit={submit} noValidate>
      <TextField
        label="Name"
        value={name}
        autoComplete="off"
        required
        maxLength={200}
        error={missing ? NO_NAME : props.error}
        onChange={(e) => setName(e.target.value)}
      />
      <TextAreaField
        label="Description"
        hint="Optional: what it is for, or where it lives."
        value={description}
        maxLength={4000}
        onChange={setDescription}
      />
      <div>
        <button type="submit" className="btn btn--primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { TextField } from '../../ui/components/TextField.js';
import { usePerson } from '../app/console-stores.js';

const MIN_LENGTH = 10;

/**
 * An admin sets a first password for someone who may sign in. Nothing is emailed: the admin tells them
 * it, and they change it once signed in.
 */
export function PersonPassword() {
  const person = usePerson((s) => s.person);
  const saving = usePerson((s) => s.saving);
  const serverError = usePerson((s) => s.fieldErrors.password);
  const setPassword = usePerson((s) => s.setPassword);
  const notice = usePerson((s) => s.passwordNotice);
  const [password, setText] = useState('');
  const [tooShort, setTooShort] = useState(false);
  if (!person) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_LENGTH) {
      setTooShort(true);
      return;
    }
    if (await setPassword(password)) setText('');
  };
  return (
    <form className="form-section person-password" onSubmit={(e) => void submit(e)}>
      <h2>Password</h2>
      <p className="form-section__note">
        {person.canLogIn
          ? 'Adding someone sends them nothing. Set a first password here and tell them it in person; setting one ends their other sessions.'
          : 'Turn on “Can sign in” and save before they can use a password.'}
      </p>
      <TextField
        label="New password"
        hint={`At least ${MIN_LENGTH} characters; a short phrase is easiest to remember.`}
        type="password"
        autoComplete="new-password"
        value={password}
        error={tooShort ? `Use at least ${MIN_LENGTH} characters.` : serverError}
        onChange={(e) => {
          setText(e.target.value);
          setTooShort(false);
        }}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn--secondary" disabled={saving || !password}>
          Set password
        </button>
        <p className="form-actions__notice" role="status">
          {notice}
        </p>
      </div>
    </form>
  );
}

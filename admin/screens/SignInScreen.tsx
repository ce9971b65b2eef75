import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { TextField } from '../../ui/components/TextField.js';
import { useSession } from '../app/console-stores.js';

/** Email and password, as at the kiosk's staff sign-in; the server's sentence when it refuses. */
export function SignInScreen() {
  const busy = useSession((s) => s.busy);
  const error = useSession((s) => s.error);
  const notice = useSession((s) => s.notice);
  const signIn = useSession((s) => s.signIn);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(email, password);
  };

  return (
    <div className="sign-in">
      <main className="sign-in__card">
        <p className="sign-in__brand">Kitdesk</p>
        <h1>Sign in to the admin console</h1>
        <p className="sign-in__lead">
          For staff and admins of the AV and media department. Use the email and password you sign in with at
          the return desk.
        </p>
        {notice && (
          <p className="sign-in__notice" role="status">
            {notice}
          </p>
        )}
        <form className="sign-in__form" onSubmit={submit} noValidate>
          <TextField
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            autoFocus
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <ErrorNote message={error?.message} />
          <button type="submit" className="btn btn--primary sign-in__submit" disabled={busy}>
            {busy ? 'Signing in …' : 'Sign in'}
          </button>
        </form>
      </main>
    </div>
  );
}

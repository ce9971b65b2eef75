import { useId, useState } from 'react';
import { useStores } from '../../../app/stores-context.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { KeyboardWhenTyping } from '../../../components/KeyboardWhenTyping.js';
import { useKioskMutation } from '../../../queries/use-kiosk-query.js';

/**
 * Email and password, the fallback to a card and PIN, checked by the central API; its refusal is shown in
 * its own words. Keys on the screen type into the field last touched.
 */
export function StaffSignInForm() {
  const { staffAccount } = useStores();
  const signIn = useKioskMutation('staff.signIn', (account) => staffAccount.getState().receive(account));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [typing, setTyping] = useState<'email' | 'password' | null>(null);
  const id = useId();
  return (
    <>
      <form
        className="sign-in"
        aria-labelledby={`${id}-heading`}
        onSubmit={async (e) => {
          e.preventDefault();
          // The password is not kept on screen after an attempt, whether it worked or not.
          if ((await signIn.run({ email: email.trim(), password })).ok) setEmail('');
          setPassword('');
        }}
      >
        <h3 id={`${id}-heading`} className="section-heading">
          Staff sign-in
        </h3>
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          required
          value={email}
          onFocus={() => setTyping('email')}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onFocus={() => setTyping('password')}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <ErrorNote error={signIn.error} />
        <button type="submit" className="btn btn--primary btn--big" disabled={signIn.busy}>
          {signIn.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <KeyboardWhenTyping
        typing={typing !== null}
        field={typing ?? 'email'}
        value={typing === 'email' ? email : password}
        onChange={typing === 'email' ? setEmail : setPassword}
      />
    </>
  );
}

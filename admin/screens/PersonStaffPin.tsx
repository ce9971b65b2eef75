import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { StaffPin } from '../../domain/credentials/staff-pin.js';
import { TextField } from '../../ui/components/TextField.js';
import { useApi, useIsAdmin, usePerson, useSession } from '../app/console-stores.js';
import { toApiError } from '../stores/session-store.js';

/**
 * A member of staff's kiosk PIN, set by them or by an admin (as the API allows). The PIN is never shown
 * back: the API keeps only its hash, and a new one replaces the old.
 */
export function PersonStaffPin() {
  const api = useApi();
  const person = usePerson((s) => s.person);
  const isAdmin = useIsAdmin();
  const me = useSession((s) => s.session?.person.id);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<{ field: 'pin' | 'again'; message: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!person?.staff || (!isAdmin && person.id !== me)) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const checked = StaffPin.safeParse(pin);
    if (!checked.success) return setProblem({ field: 'pin', message: checked.error.issues[0]!.message });
    if (again !== pin) return setProblem({ field: 'again', message: 'The two PINs differ: type it again.' });
    setSaving(true);
    try {
      await api.send(z.null(), 'PUT', `/people/${person.id}/staff-pin`, { pin });
      setPin('');
      setAgain('');
      setNotice(`${person.name}'s kiosk PIN is set. It replaces any earlier one.`);
    } catch (err) {
      setProblem({ field: 'pin', message: toApiError(err).message });
    } finally {
      setSaving(false);
    }
  };
  const typed = (field: 'pin' | 'again', set: (v: string) => void) => ({
    type: 'password',
    inputMode: 'numeric' as const,
    autoComplete: 'off',
    maxLength: 8,
    error: problem?.field === field ? problem.message : null,
    onChange: (e: { target: { value: string } }) => {
      set(e.target.value);
      setProblem(null);
    },
  });
  return (
    <form className="form-section person-password" onSubmit={(e) => void submit(e)}>
      <h2>Kiosk PIN</h2>
      <p className="form-section__note">
        With a staff card's barcode, the PIN approves high-value loans at a self-service kiosk; with a tap of
        the card, it signs the kiosk's staff area in as {person.name}. Four to eight digits.
      </p>
      <div className="form-grid">
        <TextField label="New PIN" value={pin} {...typed('pin', setPin)} />
        <TextField label="The same PIN again" value={again} {...typed('again', setAgain)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--secondary" disabled={saving || !pin}>
          Set kiosk PIN
        </button>
        <p className="form-actions__notice" role="status">
          {notice}
        </p>
      </div>
    </form>
  );
}

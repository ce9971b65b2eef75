import { useEffect, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { CheckboxField } from '../../ui/components/CheckboxField.js';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { TextField } from '../../ui/components/TextField.js';
import { useIsAdmin, usePerson } from '../app/console-stores.js';
import type { PersonFlag, PersonTextField } from '../stores/person-draft.js';
import { PersonCards } from './PersonCards.js';
import { PersonLoansPanel } from './PersonLoansPanel.js';
import { PersonPassword } from './PersonPassword.js';
import { PersonStaffPin } from './PersonStaffPin.js';

const ADMIN_ONLY = 'Only an admin can change this.';

const flags: { field: PersonFlag; label: string; hint: string; adminOnly: boolean }[] = [
  { field: 'lend', label: 'May borrow', hint: 'Off, and the kiosk refuses them a loan.', adminOnly: false },
  { field: 'staff', label: 'Staff', hint: 'A member of staff: may lend at the desk.', adminOnly: true },
  {
    field: 'canLogIn',
    label: 'Can sign in',
    hint: 'May sign in with their email and a password.',
    adminOnly: true,
  },
  {
    field: 'isAdmin',
    label: 'Admin',
    hint: 'May change who signs in, import people and manage kiosks.',
    adminOnly: true,
  },
];

/** A person's page: every field of theirs, their cards, their password and their loans. */
export function PersonScreen() {
  const { id = 'new' } = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const isAdmin = useIsAdmin();
  const { open, edit, save } = usePerson((s) => s);
  const person = usePerson((s) => s.person);
  const draft = usePerson((s) => s.draft);
  const loading = usePerson((s) => s.loading);
  const saving = usePerson((s) => s.saving);
  const error = usePerson((s) => s.error);
  const fieldErrors = usePerson((s) => s.fieldErrors);
  const notice = usePerson((s) => s.notice);

  useEffect(() => {
    void open(id);
  }, [open, id]);

  const isNew = id === 'new';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save();
    if (saved && isNew) navigate(`/people/${saved.id}`, { replace: true });
  };
  const text = (field: PersonTextField) => ({
    value: draft[field],
    error: fieldErrors[field],
    onChange: (e: { target: { value: string } }) => edit(field, e.target.value),
  });

  if (!isNew && !person) {
    return (
      <section aria-labelledby="person-title">
        <h1 id="person-title">{loading ? 'Opening the person…' : 'Person not found'}</h1>
        <ErrorNote message={error?.message} />
        <Link href="/people">Back to people</Link>
      </section>
    );
  }
  const erased = person?.erasedAt ?? null;

  return (
    <section className="person-page" aria-labelledby="person-title">
      <p className="breadcrumb">
        <Link href="/people">People</Link>
      </p>
      <div className="page-heading">
        <h1 id="person-title">{isNew ? 'Add a person' : person?.name}</h1>
      </div>
      {erased && (
        <p className="error-note">
          This person was erased on request on {erased.slice(0, 10)}: their details cannot be changed.
        </p>
      )}
      <form className="person-form" noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="form-section" disabled={Boolean(erased)}>
          <legend>Details</legend>
          <div className="form-grid">
            <TextField label="Name" autoComplete="off" required {...text('name')} />
            <TextField
              label="Email"
              type="email"
              autoComplete="off"
              hint={isAdmin ? 'Their sign-in, and where reminders go.' : `Their sign-in. ${ADMIN_ONLY}`}
              disabled={!isAdmin}
              {...text('email')}
            />
            <TextField label="School" hint="For example Belmont or Walker House." {...text('school')} />
            <TextField
              label="Department or year group"
              hint="For example Year 10 or Media Studies."
              {...text('department')}
            />
            <TextField
              label="Left the school on"
              type="date"
              hint="Set when a pupil leaves: it starts the time after which their data is deleted."
              {...text('leftAt')}
            />
          </div>
        </fieldset>
        <PersonCards disabled={Boolean(erased)} />
        <fieldset className="form-section" disabled={Boolean(erased)}>
          <legend>Lending and access</legend>
          {!isAdmin && (
            <p className="form-section__note">
              Staff, sign-in and admin are for an admin to set: ask one if they need changing.
            </p>
          )}
          <div className="check-grid">
            {flags.map((f) => (
              <CheckboxField
                key={f.field}
                label={f.label}
                hint={f.hint}
                checked={draft[f.field]}
                lockedBecause={f.adminOnly && !isAdmin ? ADMIN_ONLY : null}
                error={fieldErrors[f.field]}
                onChange={(checked) => edit(f.field, checked)}
              />
            ))}
          </div>
        </fieldset>
        <ErrorNote
          message={
            Object.keys(fieldErrors).length > 0
              ? 'Nothing was saved: put right the fields marked above and save again.'
              : error?.message
          }
        />
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={saving || Boolean(erased)}>
            {isNew ? 'Add person' : 'Save changes'}
          </button>
          <p className="form-actions__notice" role="status">
            {notice}
          </p>
        </div>
      </form>
      {isAdmin && !isNew && !erased && <PersonPassword />}
      {!isNew && !erased && <PersonStaffPin />}
      {!isNew && <PersonLoansPanel />}
    </section>
  );
}

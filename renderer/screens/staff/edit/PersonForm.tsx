import type { Person } from '../../../../domain/model/person.js';
import { useQueryClient } from '@tanstack/react-query';
import { draftToPersonPatch, personErrorsFromServer, personToDraft } from '../../../forms/person-form.js';
import { kioskKey } from '../../../queries/kiosk-queries.js';
import { useKioskMutation } from '../../../queries/use-kiosk-query.js';
import { CheckField, TextField } from './FormField.js';
import { SaveBar } from './SaveBar.js';
import { useDraft } from './useDraft.js';

export function PersonForm({ person }: { person: Person }) {
  const cache = useQueryClient();
  const save = useKioskMutation('staff.updatePerson', (saved) =>
    cache.setQueryData(kioskKey('staff.person', { id: saved.id }), saved),
  );
  const { draft, errors, change, submit, hasProblems } = useDraft(
    personToDraft(person),
    draftToPersonPatch,
    { run: (patch) => save.run({ id: person.id, patch }), reset: save.reset },
    personErrorsFromServer,
  );
  return (
    <form
      className="edit-form"
      aria-label={`Edit ${person.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="edit-form__grid">
        <TextField label="Name" value={draft.name} error={errors.name} onChange={(v) => change('name', v)} />
        <TextField
          label="Department"
          value={draft.department}
          error={errors.department}
          onChange={(v) => change('department', v)}
        />
        <TextField
          label="School"
          value={draft.school}
          error={errors.school}
          onChange={(v) => change('school', v)}
        />
        <TextField
          label="Card number (RFID)"
          value={draft.rfid}
          error={errors.rfid}
          onChange={(v) => change('rfid', v)}
        />
        <TextField
          label="Barcode"
          value={draft.barcode}
          error={errors.barcode}
          onChange={(v) => change('barcode', v)}
        />
        <TextField
          label="Left the school on"
          hint="Day/month/year. Leave empty while they are still at the school."
          value={draft.leftAt}
          error={errors.leftAt}
          onChange={(v) => change('leftAt', v)}
        />
      </div>
      <CheckField
        label="May borrow equipment"
        hint="Untick to stop loans to this person at every kiosk."
        checked={draft.lend}
        error={errors.lend}
        onChange={(v) => change('lend', v)}
      />
      <SaveBar label="Save person" hasProblems={hasProblems} save={save} />
    </form>
  );
}

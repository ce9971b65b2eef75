import type { GroupDetail } from '../../../../domain/api/kits.js';
import { useQueryClient } from '@tanstack/react-query';
import { useKiosk } from '../../../app/stores-context.js';
import { draftToKitPatch, kitErrorsFromServer, kitToDraft } from '../../../forms/kit-form.js';
import { kioskKey } from '../../../queries/kiosk-queries.js';
import { useKioskMutation } from '../../../queries/use-kiosk-query.js';
import { TextField } from './FormField.js';
import { SaveBar } from './SaveBar.js';
import { useDraft } from './useDraft.js';

/** A kit's name and description; its parts are listed, and join or leave it from their own asset. */
export function KitForm({ kit }: { kit: GroupDetail }) {
  const { edit } = useKiosk('navigation');
  const cache = useQueryClient();
  // The update answers the kit alone: its members and accessories are as they were.
  const save = useKioskMutation('staff.updateKit', (saved) =>
    cache.setQueryData<GroupDetail>(
      kioskKey('staff.kit', { id: saved.id }),
      (old) => old && { ...old, ...saved },
    ),
  );
  const { draft, errors, change, submit, hasProblems } = useDraft(
    kitToDraft(kit),
    draftToKitPatch,
    { run: (patch) => save.run({ id: kit.id, patch }), reset: save.reset },
    kitErrorsFromServer,
  );
  return (
    <form
      className="edit-form"
      aria-label={`Edit ${kit.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        label="Kit name"
        value={draft.name}
        error={errors.name}
        onChange={(v) => change('name', v)}
      />
      <TextField
        label="Description"
        type="textarea"
        value={draft.description}
        error={errors.description}
        onChange={(v) => change('description', v)}
      />
      <div className="kit-parts">
        <section aria-labelledby="kit-members">
          <h3 id="kit-members" className="section-heading">
            Parts with a label ({kit.members.length})
          </h3>
          {kit.members.length === 0 ? (
            <p className="empty-note">No labelled parts yet.</p>
          ) : (
            <ul className="kit-parts__list">
              {kit.members.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className="btn btn--quiet"
                    onClick={() => edit({ kind: 'asset', id: m.id })}
                  >
                    {m.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="kit-items">
          <h3 id="kit-items" className="section-heading">
            Accessories to tick ({kit.items.length})
          </h3>
          {kit.items.length === 0 ? (
            <p className="empty-note">No accessories.</p>
          ) : (
            <ul className="kit-parts__list kit-parts__list--plain">
              {kit.items.map((i) => (
                <li key={i.id}>{i.name}</li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <SaveBar label="Save kit" hasProblems={hasProblems} save={save} />
    </form>
  );
}

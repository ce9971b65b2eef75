import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { useKit } from '../../app/console-stores.js';
import { KitDetailsForm } from './KitDetailsForm.js';

/** A new kit's name and description; its members and accessories are added on its page next. */
export function NewKitScreen() {
  const create = useKit((s) => s.create);
  const busy = useKit((s) => s.busy);
  const error = useKit((s) => s.errors.details);
  const reset = useKit((s) => s.reset);
  const [, navigate] = useLocation();
  useEffect(() => reset(), [reset]);
  return (
    <section aria-labelledby="new-kit-title" className="kit-page">
      <p>
        <Link href="/kits">← All kits</Link>
      </p>
      <h1 id="new-kit-title">New kit</h1>
      <p className="lead">
        Name the kit first. On the next page, scan or find the assets that make it up and list the accessories
        that carry no label.
      </p>
      <KitDetailsForm
        name=""
        description=""
        submitLabel="Create kit"
        busy={busy}
        error={error}
        onSave={(name, description) =>
          void create(name, description).then((id) => {
            if (id) navigate(`/kits/${id}`);
          })
        }
      />
    </section>
  );
}

import { useEffect } from 'react';
import { Link, useParams } from 'wouter';
import { EmptyState } from '../../../ui/components/EmptyState.js';
import { ErrorNote } from '../../../ui/components/ErrorNote.js';
import { useKit } from '../../app/console-stores.js';
import { KitAccessories } from './KitAccessories.js';
import { KitDetailsForm } from './KitDetailsForm.js';
import { KitMembers } from './KitMembers.js';

/** How much of the kit is out, in one line above the details. */
function outSummary(parts: { loan: { borrowerName: string } | null }[]): string {
  const out = parts.filter((p) => p.loan);
  if (parts.length === 0) return 'Nothing in this kit yet.';
  if (out.length === 0) return 'Everything is in.';
  const who = [...new Set(out.map((p) => p.loan!.borrowerName))].join(', ');
  return `${out.length} of ${parts.length} ${parts.length === 1 ? 'part is' : 'parts are'} out, with ${who}.`;
}

/** One kit: its name, its tagged assets and its accessory checklist, each changed where it is shown. */
export function KitScreen() {
  const { id } = useParams<{ id: string }>();
  const { kit, loading, error, busy, errors, notice, load, saveDetails } = useKit((s) => s);
  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (error) {
    return (
      <section aria-labelledby="kit-title">
        <h1 id="kit-title">Kit</h1>
        <ErrorNote message={error.message} />
        <EmptyState title="This kit could not be shown">
          <Link href="/kits">Go back to the kits</Link> and choose it again.
        </EmptyState>
      </section>
    );
  }
  if (!kit || kit.id !== id) return <p aria-busy={loading}>Loading the kit …</p>;

  return (
    <section aria-labelledby="kit-title" className="kit-page">
      <p>
        <Link href="/kits">← All kits</Link>
      </p>
      <div className="page-heading">
        <h1 id="kit-title">{kit.name}</h1>
        <p className="page-heading__count">{outSummary([...kit.members, ...kit.items])}</p>
      </div>
      <p className="kit-page__notice" role="status">
        {notice}
      </p>
      <div className="kit-page__columns">
        <div>
          <h2 className="visually-hidden">Name and description</h2>
          <KitDetailsForm
            key={kit.id}
            name={kit.name}
            description={kit.description ?? ''}
            submitLabel="Save name and description"
            busy={busy}
            error={errors.details}
            onSave={(name, description) => void saveDetails(name, description)}
          />
          <KitAccessories />
        </div>
        <KitMembers />
      </div>
    </section>
  );
}

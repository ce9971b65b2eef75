import { useKiosk } from '../../../app/stores-context.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { NeedsStaffSignIn } from '../account/NeedsStaffSignIn.js';
import { AssetForm } from './AssetForm.js';
import { KitForm } from './KitForm.js';
import { PersonForm } from './PersonForm.js';
import { useEditedRecord, type LoadedRecord } from './useEditedRecord.js';

function heading(loaded: LoadedRecord): string {
  switch (loaded.kind) {
    case 'person':
      return `Person: ${loaded.record.name}`;
    case 'asset':
      return `Equipment: ${loaded.record.name}`;
    case 'kit':
      return `Kit: ${loaded.record.name}`;
    default: {
      const unreachable: never = loaded;
      return unreachable;
    }
  }
}

function FormFor({ loaded }: { loaded: LoadedRecord }) {
  switch (loaded.kind) {
    case 'person':
      return <PersonForm key={loaded.record.id} person={loaded.record} />;
    case 'asset':
      return <AssetForm key={loaded.record.id} asset={loaded.record} />;
    case 'kit':
      return <KitForm key={loaded.record.id} kit={loaded.record} />;
    default: {
      const unreachable: never = loaded;
      return unreachable;
    }
  }
}

/** One person, asset or kit opened from search, as the central API has it, to change and save. */
export function RecordEditor() {
  const { editing, edit, closeEditor } = useKiosk('navigation');
  const { account } = useKiosk('staffAccount');
  // Opened before signing in: fetched once someone has signed in, as the API answers only then.
  const editor = useEditedRecord(editing, account !== null);
  const { loaded } = editor;
  const asset = loaded?.kind === 'asset' ? loaded.record : null;
  return (
    <div className="editor">
      <div className="editor__top">
        <button type="button" className="btn btn--secondary" onClick={closeEditor}>
          Back to search
        </button>
        <h2 className="panel-heading">{loaded ? heading(loaded) : 'Edit'}</h2>
      </div>
      <NeedsStaffSignIn toDo="change people, equipment and kits">
        {editor.busy && !loaded && <p role="status">Fetching it from the central system…</p>}
        {!loaded && <ErrorNote error={editor.error} />}
        {asset?.groupId && (
          <p className="editor__kit-link">
            Part of a kit.{' '}
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => asset.groupId && edit({ kind: 'kit', id: asset.groupId })}
            >
              Open its kit
            </button>
          </p>
        )}
        {loaded && <FormFor loaded={loaded} />}
      </NeedsStaffSignIn>
    </div>
  );
}

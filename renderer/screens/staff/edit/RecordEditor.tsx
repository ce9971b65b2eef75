import { useEffect, useRef } from 'react';
import { useKiosk } from '../../../app/stores-context.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import type { LoadedRecord } from '../../../stores/record-editor-store.js';
import { NeedsStaffSignIn } from '../account/NeedsStaffSignIn.js';
import { AssetForm } from './AssetForm.js';
import { KitForm } from './KitForm.js';
import { PersonForm } from './PersonForm.js';

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
  const editor = useKiosk('editor');
  const { account } = useKiosk('staffAccount');
  const { loaded, reload, target } = editor;
  const asset = loaded?.kind === 'asset' ? loaded.record : null;
  const signedInAs = account?.email ?? null;
  const before = useRef(signedInAs);
  // Opened before signing in, or someone else signed in: fetch it again now that the API will answer.
  useEffect(() => {
    if (signedInAs && before.current !== signedInAs && target) void reload();
    before.current = signedInAs;
  }, [signedInAs, target, reload]);
  return (
    <div className="editor">
      <div className="editor__top">
        <button type="button" className="btn btn--secondary" onClick={editor.close}>
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
              onClick={() => asset.groupId && void editor.open({ kind: 'kit', id: asset.groupId })}
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

import { useAssetPage } from '../../app/console-stores.js';

/**
 * Someone else saved the asset after this page opened it: their sentence, and a reload that keeps what this
 * form had changed aside, to put back with one press.
 */
export function ConflictNote() {
  const conflict = useAssetPage((s) => s.conflict);
  const unsaved = useAssetPage((s) => s.unsaved);
  const reload = useAssetPage((s) => s.reload);
  const restore = useAssetPage((s) => s.restoreUnsaved);
  if (conflict) {
    return (
      <div className="conflict-note" role="alert">
        <p>{conflict}</p>
        <p>Your changes are still in the form below; nothing has been saved.</p>
        <button type="button" className="btn btn--primary" onClick={() => void reload()}>
          Reload their version
        </button>
      </div>
    );
  }
  if (!unsaved) return null;
  const count = Object.keys(unsaved).length;
  return (
    <div className="conflict-note conflict-note--after" role="status">
      <p>
        This is their version. You had changed {count === 1 ? 'one field' : `${count} fields`}: put{' '}
        {count === 1 ? 'it' : 'them'} back on top of theirs and save again, or leave theirs as it is.
      </p>
      <button type="button" className="btn btn--primary" onClick={restore}>
        Put my changes back
      </button>
    </div>
  );
}

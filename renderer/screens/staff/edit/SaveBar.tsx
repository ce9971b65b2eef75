import { useKiosk } from '../../../app/stores-context.js';
import { ErrorNote } from '../../../components/ErrorNote.js';

/** The save button, the central API's answer to the last save, and a note when the form has problems. */
export function SaveBar(props: { label: string; hasProblems: boolean }) {
  const editor = useKiosk('editor');
  return (
    <div className="edit-save">
      {props.hasProblems && (
        <p className="error-note" role="alert">
          Nothing was saved: put right what is marked above, then save again.
        </p>
      )}
      {/* A refusal for a field is shown beside it; the note above then says to look there. */}
      {!props.hasProblems && <ErrorNote error={editor.error} />}
      <div className="edit-save__row">
        <button type="submit" className="btn btn--go btn--big" disabled={editor.busy}>
          {editor.busy ? 'Saving…' : props.label}
        </button>
        <p role="status" className="edit-save__saved">
          {editor.saved ? 'Saved on the central system. The kiosk’s copy changes at its next sync.' : ''}
        </p>
      </div>
    </div>
  );
}

import type { ApiError } from '../../../../domain/api-error.js';
import { ErrorNote } from '../../../components/ErrorNote.js';

/** The save button, the central API's answer to the last save, and a note when the form has problems. */
export function SaveBar(props: {
  label: string;
  hasProblems: boolean;
  save: { busy: boolean; error: ApiError | null; data: unknown };
}) {
  const { busy, error, data } = props.save;
  return (
    <div className="edit-save">
      {props.hasProblems && (
        <p className="error-note" role="alert">
          Nothing was saved: put right what is marked above, then save again.
        </p>
      )}
      {/* A refusal for a field is shown beside it; the note above then says to look there. */}
      {!props.hasProblems && <ErrorNote error={error} />}
      <div className="edit-save__row">
        <button type="submit" className="btn btn--go btn--big" disabled={busy}>
          {busy ? 'Saving…' : props.label}
        </button>
        <p role="status" className="edit-save__saved">
          {data !== undefined
            ? 'Saved on the central system. The kiosk’s copy changes at its next sync.'
            : ''}
        </p>
      </div>
    </div>
  );
}

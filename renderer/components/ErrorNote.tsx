import type { ApiError } from '../../domain/api-error.js';

/** A call the kiosk refused or could not answer, in its own words. */
export function ErrorNote(props: { error: ApiError | null }) {
  if (!props.error) return null;
  return (
    <p className="error-note" role="alert">
      {props.error.message}
    </p>
  );
}

import type { KioskError } from '../../domain/kiosk-api/contract.js';

/** A call the kiosk refused or could not answer, in its own words. */
export function ErrorNote(props: { error: KioskError | null }) {
  if (!props.error) return null;
  return (
    <p className="error-note" role="alert">
      {props.error.message}
    </p>
  );
}

/** A refusal or failure in the server's own words, announced as it appears. */
export function ErrorNote(props: { message: string | null | undefined }) {
  if (!props.message) return null;
  return (
    <p className="error-note" role="alert">
      {props.message}
    </p>
  );
}

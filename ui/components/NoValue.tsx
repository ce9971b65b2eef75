/** An empty cell or field: a quiet dash to the eye, "none" to a screen reader. */
export function NoValue() {
  return (
    <span className="data-table__none">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">none</span>
    </span>
  );
}

/** The value, or NoValue when there is none. */
export function orNoValue(value: string | null | undefined) {
  return value ? value : <NoValue />;
}

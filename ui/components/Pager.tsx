/** "Showing 26–50 of 1,204" and the buttons to move a page either way. */
export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  /** What the rows are, for the summary: "assets". */
  noun: string;
  onPage: (page: number) => void;
}) {
  const { page, pageSize, total, noun } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const n = new Intl.NumberFormat('en-GB');
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <p className="pager__summary" aria-live="polite">
        Showing {n.format(first)}–{n.format(last)} of {n.format(total)} {noun}
      </p>
      <div className="pager__buttons">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={page <= 1}
          onClick={() => props.onPage(page - 1)}
        >
          Previous page
        </button>
        <span className="pager__position">
          Page {n.format(page)} of {n.format(pages)}
        </span>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={page >= pages}
          onClick={() => props.onPage(page + 1)}
        >
          Next page
        </button>
      </div>
    </nav>
  );
}

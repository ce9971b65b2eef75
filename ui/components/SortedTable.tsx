import type { ReactNode } from 'react';
import { Pager } from './Pager.js';
import { SortableHeader, type SortDirection } from './SortableHeader.js';

/**
 * One page of a list the server sorts and pages: a caption saying what is shown and in which order,
 * headings that sort, the rows, and the pager under them.
 */
export function SortedTable<S extends string>(props: {
  /** What the rows are, singular and plural: ["asset", "assets"]. */
  nouns: readonly [string, string];
  q: string;
  sort: S;
  order: SortDirection;
  columns: readonly { sort: S; label: string }[];
  /** Headings after the sortable ones that do not sort. */
  plainColumns: readonly string[];
  busy: boolean;
  onSort: (column: S) => void;
  page: { page: number; pageSize: number; total: number };
  onPage: (page: number) => void;
  /** The rows of the page. */
  children: ReactNode;
}) {
  const { nouns, q, sort, order, page } = props;
  const sortedBy = props.columns.find((c) => c.sort === sort)?.label.toLowerCase();
  const what = nouns[1].charAt(0).toUpperCase() + nouns[1].slice(1);
  return (
    <>
      <div className="table-wrap">
        <table className="data-table" aria-busy={props.busy}>
          <caption className="visually-hidden">
            {what}
            {q ? ` matching “${q}”` : ''}, sorted by {sortedBy}, {order === 'asc' ? 'A to Z' : 'Z to A'}
          </caption>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <SortableHeader
                  key={c.sort}
                  direction={sort === c.sort ? order : null}
                  onSort={() => props.onSort(c.sort)}
                >
                  {c.label}
                </SortableHeader>
              ))}
              {props.plainColumns.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{props.children}</tbody>
        </table>
      </div>
      <Pager
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        noun={page.total === 1 ? nouns[0] : nouns[1]}
        onPage={props.onPage}
      />
    </>
  );
}

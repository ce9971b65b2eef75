import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

/**
 * A column heading that sorts the table: a button, so it is reachable by keyboard, and `aria-sort` on the
 * heading so a screen reader says which way the table is sorted.
 */
export function SortableHeader(props: {
  children: ReactNode;
  /** This column's direction when the table is sorted by it, else null. */
  direction: SortDirection | null;
  onSort: () => void;
}) {
  const { direction } = props;
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={props.onSort}>
        {props.children}
        <span className="sort-button__arrow" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

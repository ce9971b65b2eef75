import type { ReactNode } from 'react';

/** What an empty list means and what to do next, instead of a bare empty table. */
export function EmptyState(props: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-live="polite">
      <h2>{props.title}</h2>
      <p>{props.children}</p>
    </section>
  );
}

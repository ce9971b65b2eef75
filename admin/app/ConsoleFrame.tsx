import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { consoleSections } from './console-routes.js';
import { useSession } from './console-stores.js';

/** The bar across every signed-in screen: where you are, who you are, and signing out. */
export function ConsoleFrame(props: { children: ReactNode }) {
  const person = useSession((s) => s.session?.person);
  const isAdmin = useSession((s) => s.session?.roles.includes('admin') ?? false);
  const busy = useSession((s) => s.busy);
  const error = useSession((s) => s.error);
  const signOut = useSession((s) => s.signOut);
  const [location] = useLocation();
  return (
    <div className="console">
      <a className="skip-link" href="#main">
        Skip to the page
      </a>
      <header className="console__bar">
        <span className="console__brand">Kitdesk admin</span>
        <nav className="console__nav" aria-label="Console">
          {consoleSections.map((section) => {
            const here = location === section.path || location.startsWith(`${section.path}/`);
            return (
              <Link
                key={section.path}
                className="console__nav-link"
                href={section.path}
                aria-current={here ? 'page' : undefined}
              >
                {section.label}
              </Link>
            );
          })}
        </nav>
        <span className="console__who">
          {person?.name}
          <span className="console__role">{isAdmin ? 'Admin' : 'Staff'}</span>
        </span>
        <button type="button" className="btn btn--on-dark" disabled={busy} onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <ErrorNote message={error?.message} />
      <main className="console__main" id="main" tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}

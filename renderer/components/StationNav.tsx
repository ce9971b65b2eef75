import type { Panel } from '../stores/navigation-store.js';

export type NavItem = { panel: Panel | null; label: string };

/** The tabs of the desk and the staff area: real buttons, the open one marked for screen readers. */
export function StationNav(props: {
  items: NavItem[];
  current: Panel | null;
  onOpen: (panel: Panel | null) => void;
}) {
  return (
    <nav className="station-nav" aria-label="Screens">
      <ul>
        {props.items.map((item) => (
          <li key={item.panel ?? 'home'}>
            <button
              type="button"
              className="station-nav__tab"
              aria-current={props.current === item.panel ? 'page' : undefined}
              onClick={() => props.onOpen(item.panel)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

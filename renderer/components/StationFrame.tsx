import type { ReactNode } from 'react';
import { useKiosk } from '../app/stores-context.js';
import { SyncPill } from './SyncPill.js';

/** The frame of every screen: a header with the station and its sync state, then the screen itself. */
export function StationFrame(props: {
  title: string;
  actions?: ReactNode;
  nav?: ReactNode;
  children: ReactNode;
}) {
  const { info } = useKiosk('station');
  return (
    <div className="frame">
      <header className="frame__header">
        <div className="frame__brand">
          <span className="frame__logo" aria-hidden="true">
            K
          </span>
          <div>
            <p className="frame__product">Kitdesk{info?.kioskName ? ` · ${info.kioskName}` : ''}</p>
            <h1 className="frame__title">{props.title}</h1>
          </div>
        </div>
        <div className="frame__actions">
          <SyncPill />
          {props.actions}
        </div>
      </header>
      {props.nav}
      <main className="frame__main">{props.children}</main>
    </div>
  );
}

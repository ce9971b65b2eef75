import { useKiosk } from '../../app/stores-context.js';
import { StationFrame } from '../../components/StationFrame.js';
import { StationNav } from '../../components/StationNav.js';
import type { Panel } from '../../stores/navigation-store.js';
import { NeedsAttention } from '../returns/NeedsAttention.js';
import { StaffPanel } from './StaffPanel.js';

/** The staff area on a self-service kiosk, open while a member of staff's card is on the session. */
export function StaffArea({ panel }: { panel: Exclude<Panel, 'diagnostics'> }) {
  const { open } = useKiosk('navigation');
  const session = useKiosk('session');
  const holder = session.view?.authority.holder ?? null;
  const name = holder?.name ?? 'Staff';
  // Signing out ends the session, so it is offered only when the session is the staff member's own, never
  // while they are helping a pupil, whose basket would go with it.
  const ownSession = session.view?.staff === null && holder?.id === session.view?.borrower?.id;
  return (
    <StationFrame
      title={`Staff area · ${name}`}
      actions={
        <>
          <button type="button" className="btn btn--on-dark" onClick={() => open(null)}>
            Back to the loan
          </button>
          {ownSession && (
            <button
              type="button"
              className="btn btn--on-dark"
              onClick={() => {
                open(null);
                void session.cancel();
              }}
            >
              Sign out
            </button>
          )}
        </>
      }
      nav={
        <StationNav
          current={panel}
          onOpen={open}
          items={[
            { panel: 'search', label: 'Search' },
            { panel: 'reports', label: 'Reports' },
            { panel: 'attention', label: 'Needs attention' },
            { panel: 'sync', label: 'Sync' },
            { panel: 'settings', label: 'Settings' },
            { panel: 'diagnostics', label: 'Diagnostics' },
          ]}
        />
      }
    >
      {panel === 'attention' ? <NeedsAttention /> : <StaffPanel panel={panel} />}
    </StationFrame>
  );
}

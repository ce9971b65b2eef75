import { NeedsAttention } from '../screens/returns/NeedsAttention.js';
import { ReturnDeskScreen } from '../screens/returns/ReturnDeskScreen.js';
import { DiagnosticsScreen } from '../screens/diagnostics/DiagnosticsScreen.js';
import { StaffPanel } from '../screens/staff/StaffPanel.js';
import { StationFrame } from '../components/StationFrame.js';
import { StationNav } from '../components/StationNav.js';
import { StaffPinPrompt } from '../screens/staff-pin/StaffPinPrompt.js';
import { useKiosk } from './stores-context.js';

/** The staff return desk: returns, the needs-attention list and the staff panels, one tab each. */
export function ReturnDeskStation() {
  const { panel, open } = useKiosk('navigation');
  const { conflicts } = useKiosk('sync');
  const { view } = useKiosk('returns');
  const pinPrompt = view && <StaffPinPrompt authority={view.authority} />;
  if (panel === 'diagnostics')
    return (
      <>
        <DiagnosticsScreen onClose={() => open(null)} />
        {pinPrompt}
      </>
    );
  const attention = conflicts.filter((c) => c.status === 'open').length;
  return (
    <>
      <StationFrame
        title="Return desk"
        nav={
          <StationNav
            current={panel}
            onOpen={open}
            items={[
              { panel: null, label: 'Returns' },
              {
                panel: 'attention',
                label: attention > 0 ? `Needs attention (${attention})` : 'Needs attention',
              },
              { panel: 'search', label: 'Search' },
              { panel: 'reports', label: 'Reports' },
              { panel: 'sync', label: 'Sync' },
              { panel: 'settings', label: 'Settings' },
              { panel: 'diagnostics', label: 'Diagnostics' },
            ]}
          />
        }
      >
        {panel === null ? (
          <ReturnDeskScreen />
        ) : panel === 'attention' ? (
          <NeedsAttention />
        ) : (
          <StaffPanel panel={panel} />
        )}
      </StationFrame>
      {pinPrompt}
    </>
  );
}

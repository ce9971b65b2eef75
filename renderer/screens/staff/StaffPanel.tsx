import { SearchPanel } from './SearchPanel.js';
import { SettingsPanel } from './SettingsPanel.js';
import { SyncPanel } from './SyncPanel.js';

/** The staff panels shared by the kiosk's staff area and the return desk's tabs. */
export function StaffPanel({ panel }: { panel: 'search' | 'sync' | 'settings' }) {
  switch (panel) {
    case 'search':
      return <SearchPanel />;
    case 'sync':
      return <SyncPanel />;
    case 'settings':
      return <SettingsPanel />;
    default: {
      const unreachable: never = panel;
      return unreachable;
    }
  }
}

import { useKiosk } from '../../app/stores-context.js';
import { RecordEditor } from './edit/RecordEditor.js';
import { ReportsPanel } from './reports/ReportsPanel.js';
import { SearchPanel } from './SearchPanel.js';
import { SettingsPanel } from './SettingsPanel.js';
import { SyncPanel } from './SyncPanel.js';

/** The staff panels shared by the kiosk's staff area and the return desk's tabs. */
export function StaffPanel({ panel }: { panel: 'search' | 'reports' | 'sync' | 'settings' }) {
  const { editing } = useKiosk('navigation');
  switch (panel) {
    case 'search':
      // A record opened from the results replaces them until Back to search.
      return editing ? <RecordEditor /> : <SearchPanel />;
    case 'reports':
      return <ReportsPanel />;
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

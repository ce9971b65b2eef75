import { AssetListScreen } from '../screens/AssetListScreen.js';
import { SignInScreen } from '../screens/SignInScreen.js';
import { ConsoleFrame } from './ConsoleFrame.js';
import { useSession } from './console-stores.js';

/** The admin console: the signed-in screens, or the sign-in page. */
export function App() {
  const status = useSession((s) => s.status);
  switch (status) {
    case 'starting':
      return (
        <main className="console-loading" aria-busy="true">
          <p>Opening the Kitdesk admin console …</p>
        </main>
      );
    case 'signed-out':
      return <SignInScreen />;
    case 'signed-in':
      return (
        <ConsoleFrame>
          <AssetListScreen />
        </ConsoleFrame>
      );
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

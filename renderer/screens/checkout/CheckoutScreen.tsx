import { useKiosk } from '../../app/stores-context.js';
import { BasketScreen } from './BasketScreen.js';
import { ReceiptScreen } from './ReceiptScreen.js';
import { WelcomeScreen } from './WelcomeScreen.js';

/** The self-service flow, one screen per phase of the core's session. */
export function CheckoutScreen() {
  const { view } = useKiosk('session');
  if (!view || view.phase === 'idle') return <WelcomeScreen lastScan={view?.lastScan ?? null} />;
  if (view.phase === 'receipt' && view.receipt) return <ReceiptScreen receipt={view.receipt} />;
  return <BasketScreen view={view} />;
}

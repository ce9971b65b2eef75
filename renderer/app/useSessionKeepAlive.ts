import { useEffect } from 'react';
import { useStores } from './stores-context.js';

/** Every touch or key on the self-service screen tells the core someone is still there. */
export function useSessionKeepAlive(enabled: boolean): void {
  const stores = useStores();
  useEffect(() => {
    if (!enabled) return;
    const onActivity = () => {
      if (stores.session.getState().view?.phase !== 'idle') void stores.session.getState().touch();
    };
    window.addEventListener('pointerdown', onActivity, { capture: true, passive: true });
    window.addEventListener('keydown', onActivity, { capture: true, passive: true });
    return () => {
      window.removeEventListener('pointerdown', onActivity, { capture: true });
      window.removeEventListener('keydown', onActivity, { capture: true });
    };
  }, [stores, enabled]);
}

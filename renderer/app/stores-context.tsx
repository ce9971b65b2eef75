import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { KioskStores } from '../stores/kiosk-stores.js';

const StoresContext = createContext<KioskStores | null>(null);

export function StoresProvider({ stores, children }: { stores: KioskStores; children: ReactNode }) {
  return (
    <StoresContext.Provider value={stores}>
      <QueryClientProvider client={stores.queries}>{children}</QueryClientProvider>
    </StoresContext.Provider>
  );
}

export function useStores(): KioskStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores needs a StoresProvider above it.');
  return stores;
}

type StoreKey = Exclude<keyof KioskStores, 'api' | 'queries'>;
type StateOf<K extends StoreKey> = KioskStores[K] extends StoreApi<infer S> ? S : never;

/** The whole state of one store; the component re-renders when it changes. */
export function useKiosk<K extends StoreKey>(key: K): StateOf<K> {
  return useStore(useStores()[key] as unknown as StoreApi<StateOf<K>>);
}

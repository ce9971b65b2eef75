import { createStore } from 'zustand/vanilla';

/** The screens besides the station's own flow (checkout on a kiosk, returns on a desk). */
export type Panel = 'attention' | 'search' | 'reports' | 'sync' | 'settings' | 'diagnostics';

export type NavigationState = {
  /** Null shows the station's own flow. */
  panel: Panel | null;
  open(panel: Panel | null): void;
};

export function createNavigationStore() {
  return createStore<NavigationState>()((set) => ({
    panel: null,
    open: (panel) => set({ panel }),
  }));
}

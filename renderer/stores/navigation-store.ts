import { createStore } from 'zustand/vanilla';

/** The screens besides the station's own flow (checkout on a kiosk, returns on a desk). */
export type Panel = 'attention' | 'search' | 'reports' | 'sync' | 'settings' | 'diagnostics';

export type RecordKind = 'person' | 'asset' | 'kit';
/** A person, asset or kit opened from search to edit on the central API. */
export type EditTarget = { kind: RecordKind; id: string };

export type NavigationState = {
  /** Null shows the station's own flow. */
  panel: Panel | null;
  open(panel: Panel | null): void;
  /** What is typed in the search box, kept while a record opened from the results is edited. */
  searchText: string;
  setSearchText(text: string): void;
  /** The record open in the editor; it replaces the search results until closed. */
  editing: EditTarget | null;
  edit(target: EditTarget): void;
  closeEditor(): void;
};

export function createNavigationStore() {
  return createStore<NavigationState>()((set) => ({
    panel: null,
    open: (panel) => set({ panel }),
    searchText: '',
    setSearchText: (searchText) => set({ searchText }),
    editing: null,
    edit: (editing) => set({ editing }),
    closeEditor: () => set({ editing: null }),
  }));
}

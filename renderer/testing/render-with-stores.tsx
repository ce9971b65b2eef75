/** Renders a screen with the stores and query client it needs, on a fake kiosk, for component tests. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { StoresProvider } from '../app/stores-context.js';
import { createKioskStores } from '../stores/kiosk-stores.js';
import type { FakeKioskApi } from './fake-kiosk-api.js';

export function renderWithStores(api: FakeKioskApi, ui: ReactNode) {
  const stores = createKioskStores(api, { current: () => ({ status: 'open' }), subscribe: () => () => {} });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StoresProvider stores={stores}>{children}</StoresProvider>
  );
  return { stores, wrapper, ...render(ui, { wrapper }) };
}

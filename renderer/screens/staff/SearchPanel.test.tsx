// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../domain/kiosk-api/contract.js';
import { fakeKioskApi, ok } from '../../testing/fake-kiosk-api.js';
import { renderWithStores } from '../../testing/render-with-stores.js';
import { asset } from '../../testing/staff-records.js';
import { SearchPanel } from './SearchPanel.js';

const found: SearchResult = { people: [], assets: [{ ...asset(), allocationId: null }] };

afterEach(cleanup);

describe('the search panel', () => {
  it('searches the kiosk’s copy for the trimmed text, and asks nothing for an empty box', async () => {
    const api = fakeKioskApi({ 'catalogue.search': () => ok(found) });
    renderWithStores(api, <SearchPanel />);
    const box = screen.getByRole('searchbox', { name: 'Name, label or card number' });
    fireEvent.change(box, { target: { value: '  zoom ' } });
    await screen.findByRole('region', { name: 'Equipment (1)' });
    expect(api.calls).toEqual([{ method: 'catalogue.search', params: { query: 'zoom', limit: 25 } }]);
    fireEvent.change(box, { target: { value: '   ' } });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Equipment (1)' })).toBeNull());
    expect(api.calls).toHaveLength(1);
  });

  it('keeps the text while a record is edited, and searches again on coming back', async () => {
    const api = fakeKioskApi({ 'catalogue.search': () => ok(found) });
    const { wrapper, unmount } = renderWithStores(api, <SearchPanel />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zoom' } });
    await screen.findByRole('region', { name: 'Equipment (1)' });
    unmount();
    render(<SearchPanel />, { wrapper });
    expect(screen.getByRole('searchbox')).toHaveProperty('value', 'zoom');
    // The kiosk's copy may have changed meanwhile (an edit, a sync): it is asked again.
    await waitFor(() => expect(api.calls).toHaveLength(2));
  });
});

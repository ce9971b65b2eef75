// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeKioskApi, ok } from '../../../testing/fake-kiosk-api.js';
import { renderWithStores } from '../../../testing/render-with-stores.js';
import { asset, ids, kit } from '../../../testing/staff-records.js';
import { RecordEditor } from './RecordEditor.js';

const admin = { name: 'Admin', email: 'admin@school.test', roles: ['staff' as const] };

afterEach(cleanup);

describe('the record editor', () => {
  it('asks the central API for nothing until someone signs in, then for the record of the kind opened', async () => {
    const api = fakeKioskApi({ 'staff.kit': () => ok(kit()), 'staff.asset': () => ok(asset()) });
    const { stores } = renderWithStores(api, <RecordEditor />);
    act(() => stores.navigation.getState().edit({ kind: 'kit', id: ids.kit }));
    expect(
      screen.getByText(/sign in as yourself: with your staff card and PIN, or your staff email and password/),
    ).toBeTruthy();
    expect(api.calls).toEqual([]);
    act(() => stores.staffAccount.getState().receive(admin));
    await screen.findByRole('form', { name: 'Edit Zoom H5 sound' });
    expect(api.calls).toEqual([{ method: 'staff.kit', params: { id: ids.kit } }]);
  });

  it('keeps a kit’s members and accessories when its update answers the kit alone', async () => {
    const api = fakeKioskApi({
      'staff.kit': () => ok(kit()),
      'staff.updateKit': ({ patch }) => ok({ id: ids.kit, name: patch.name ?? '', description: null }),
    });
    const { stores } = renderWithStores(api, <RecordEditor />);
    act(() => {
      stores.staffAccount.getState().receive(admin);
      stores.navigation.getState().edit({ kind: 'kit', id: ids.kit });
    });
    const form = await screen.findByRole('form', { name: 'Edit Zoom H5 sound' });
    fireEvent.change(screen.getByLabelText('Kit name'), { target: { value: 'Sound kit' } });
    await act(async () => {
      fireEvent.submit(form);
    });
    await screen.findByText(/Saved on the central system/);
    expect(screen.getByRole('heading', { name: 'Kit: Sound kit' })).toBeTruthy();
    expect(screen.getByText('Parts with a label (1)')).toBeTruthy();
    expect(screen.getByText('Windshield')).toBeTruthy();
    // Typing again clears the "saved" note: what is on screen is no longer what was saved.
    fireEvent.change(screen.getByLabelText('Kit name'), { target: { value: 'Sound kit 2' } });
    await waitFor(() => expect(screen.queryByText(/Saved on the central system/)).toBeNull());
  });
});

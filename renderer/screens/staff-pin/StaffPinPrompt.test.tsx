// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../../testing/fake-kiosk-api.js';
import { renderWithStores } from '../../testing/render-with-stores.js';
import { StaffPinPrompt } from './StaffPinPrompt.js';

afterEach(cleanup);

const asking = { holder: null, pinWanted: { name: 'Ms Okafor', lockedUntil: null } };
const press = (...keys: string[]) => {
  for (const k of keys) fireEvent.click(screen.getByRole('button', { name: k }));
};

describe('the staff PIN prompt', () => {
  it('shows nothing unless the core asks for a PIN', () => {
    renderWithStores(fakeKioskApi(), <StaffPinPrompt authority={{ holder: null, pinWanted: null }} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('sends the digits touched, never shows them, and clears them after a refusal', async () => {
    const api = fakeKioskApi({
      'station.enterStaffPin': () => refused('unauthenticated', 'That PIN is not right. 4 tries left.'),
    });
    renderWithStores(api, <StaffPinPrompt authority={asking} />);
    expect(screen.getByRole('heading', { name: 'Ms Okafor, type your staff PIN' })).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Confirm PIN' }) as HTMLButtonElement;
    press('2', '4', '6');
    expect(confirm.disabled).toBe(true);
    press('8');
    expect(screen.getByRole('status', { name: 'Digits typed' }).textContent).toBe('● ● ● ● (4)');
    expect(document.body.textContent).not.toContain('2468');
    fireEvent.click(confirm);
    await screen.findByText('That PIN is not right. 4 tries left.');
    expect(api.calls).toEqual([{ method: 'station.enterStaffPin', params: { pin: '2468' } }]);
    expect(screen.getByRole('status', { name: 'Digits typed' }).textContent).toBe('No digits yet');
  });

  it('“Not now” tells the core the barcode gives no authority', async () => {
    const api = fakeKioskApi({ 'station.cancelStaffPin': () => ok({ ok: true as const }) });
    renderWithStores(api, <StaffPinPrompt authority={asking} />);
    press('Not now');
    await waitFor(() => expect(api.calls).toEqual([{ method: 'station.cancelStaffPin', params: {} }]));
  });

  it('says up front when the card is locked, and until when', () => {
    const lockedUntil = Date.parse('2026-11-24T10:15:00Z');
    renderWithStores(
      fakeKioskApi(),
      <StaffPinPrompt authority={{ holder: null, pinWanted: { name: 'Ms Okafor', lockedUntil } }} />,
    );
    expect(
      screen.getByText(/this card’s PIN is locked until \d\d:\d\d\. Tap the card instead\./),
    ).toBeTruthy();
  });
});

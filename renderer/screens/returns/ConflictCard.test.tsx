// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids.js';
import { reason } from '../../../domain/lending/reasons.js';
import type { StandingLoan } from '../../../domain/sync/events.js';
import { fakeKioskApi, ok } from '../../testing/fake-kiosk-api.js';
import { renderWithStores } from '../../testing/render-with-stores.js';
import { conflict } from '../../testing/views.js';
import { ConflictCard } from './ConflictCard.js';

afterEach(cleanup);

const standing = (over: Partial<StandingLoan> = {}): StandingLoan => ({
  asset: { id: newId(), name: 'Zoom H5' },
  assetTag: 'KD-00042',
  allocationId: newId(),
  borrower: { id: newId(), name: 'Sam Lee' },
  outAt: '2026-11-24T08:40:00.000Z',
  dueAt: '2026-11-26T08:40:00.000Z',
  kiosk: null,
  ...over,
});

const buttons = () => screen.getAllByRole('button').map((b) => b.textContent);

describe('a refused event on the needs-attention list', () => {
  it('a loan refused because someone else has it offers their return and lending it here', () => {
    const c = conflict({ standing: [standing()] });
    const api = fakeKioskApi({ 'sync.resolveConflict': () => ok([]) });
    renderWithStores(api, <ConflictCard conflict={c} canAct />);
    expect(screen.getByText(/Sam Lee/, { selector: 'strong' }).parentElement?.textContent).toMatch(
      /^Sam Lee has Zoom H5 \(KD-00042\): lent by a member of staff, /,
    );
    expect(buttons()).toContain('Record the return of Sam Lee’s loan');
    expect(buttons()).toContain('Lend it to Amira Khan');
    expect(buttons()).not.toContain('Mark it found here');
    fireEvent.click(screen.getByRole('button', { name: 'Record the return of Sam Lee’s loan' }));
    expect(api.calls).toEqual([
      { method: 'sync.resolveConflict', params: { id: c.id, action: { kind: 'return-standing' } } },
    ]);
  });

  it('a refused return offers to mark it found, and a preset reason resolves it without typing', () => {
    const asset = { id: newId(), name: 'Rode mic' };
    const why = reason({ code: 'asset_not_on_loan', asset });
    const c = conflict({ kind: 'return', borrower: null, reasons: [why], message: why.message });
    const api = fakeKioskApi({ 'sync.resolveConflict': () => ok([]) });
    renderWithStores(api, <ConflictCard conflict={c} canAct />);
    expect(buttons()).toContain('Mark it found here');
    expect(buttons().some((b) => b?.startsWith('Lend it'))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Spoke to the borrower' }));
    expect(api.calls[0]?.params).toEqual({
      id: c.id,
      action: { kind: 'reason', reason: 'Spoke to the borrower' },
    });
  });

  it('offers no fix until staff may act, and a resolved one says who resolved it and how', () => {
    const open = conflict({ standing: [standing()] });
    const { unmount } = renderWithStores(fakeKioskApi({}), <ConflictCard conflict={open} canAct={false} />);
    expect(buttons().some((b) => b?.startsWith('Record the return'))).toBe(false);
    unmount();
    const done = conflict({
      status: 'resolved',
      resolution: 'Recorded the return of Zoom H5 from Sam Lee.',
      resolvedBy: 'Ms Okafor',
      resolvedAt: '2026-11-24T10:05:00.000Z',
    });
    renderWithStores(fakeKioskApi({}), <ConflictCard conflict={done} canAct={false} />);
    expect(screen.getByText(/^Resolved by Ms Okafor, /).textContent).toMatch(
      /Resolved by Ms Okafor, .+: Recorded the return of Zoom H5 from Sam Lee\.$/,
    );
  });
});

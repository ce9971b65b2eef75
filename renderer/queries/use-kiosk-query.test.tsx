// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskCallResult, SearchResult } from '../../domain/kiosk-api/contract.js';
import { StoresProvider } from '../app/stores-context.js';
import { createKioskStores } from '../stores/kiosk-stores.js';
import { fakeKioskApi, ok, refused, type FakeKioskApi } from '../testing/fake-kiosk-api.js';
import { ids, location, reminderSent } from '../testing/staff-records.js';
import { useKioskMutation, useKioskQuery } from './use-kiosk-query.js';

afterEach(cleanup);

function wrapperFor(api: FakeKioskApi) {
  const stores = createKioskStores(api, { current: () => ({ status: 'open' }), subscribe: () => () => {} });
  return ({ children }: { children: ReactNode }) => (
    <StoresProvider stores={stores}>{children}</StoresProvider>
  );
}

const found = (name: string): SearchResult => ({ people: [], assets: [location({ name }) as never] });

describe('a kiosk query', () => {
  it('answers the call, and asks again each time a screen showing it opens', async () => {
    let rooms = [location()];
    const api = fakeKioskApi({ 'staff.locations': () => ok(rooms) });
    const wrapper = wrapperFor(api);
    const first = renderHook(() => useKioskQuery('staff.locations', {}), { wrapper });
    await waitFor(() => expect(first.result.current.data).toEqual([location()]));
    first.unmount();
    rooms = [location(), location({ id: '2f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c', name: 'Media lab' })];
    const again = renderHook(() => useKioskQuery('staff.locations', {}), { wrapper });
    await waitFor(() =>
      expect(again.result.current.data?.map((l) => l.name)).toEqual(['Drama studio', 'Media lab']),
    );
    expect(api.calls.map((c) => c.method)).toEqual(['staff.locations', 'staff.locations']);
  });

  it('keeps the sentence of a refusal, in the kiosk’s error shape', async () => {
    const api = fakeKioskApi({
      'staff.overdue': () => refused('unauthenticated', 'Sign in as a member of staff first.'),
    });
    const { result } = renderHook(() => useKioskQuery('staff.overdue', {}), { wrapper: wrapperFor(api) });
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(result.current).toMatchObject({
      data: undefined,
      error: { code: 'unauthenticated', message: 'Sign in as a member of staff first.' },
    });
  });

  it('never shows a slow answer for parameters the screen no longer asks about', async () => {
    const waiting = new Map<string, () => void>();
    const api = fakeKioskApi();
    api.call = (async (method: 'catalogue.search', params: { query: string }) => {
      await new Promise<void>((r) => waiting.set(params.query, r));
      return ok(found(params.query));
    }) as FakeKioskApi['call'];
    const { result, rerender } = renderHook(
      ({ query }) => useKioskQuery('catalogue.search', { query, limit: 25 }, { keepPrevious: true }),
      { wrapper: wrapperFor(api), initialProps: { query: 'can' } },
    );
    await waitFor(() => expect(waiting.has('can')).toBe(true));
    rerender({ query: 'canon' });
    await waitFor(() => expect(waiting.has('canon')).toBe(true));
    act(() => waiting.get('can')!());
    await new Promise((r) => setTimeout(r, 10));
    expect(result.current.data).toBeUndefined();
    act(() => waiting.get('canon')!());
    await waitFor(() => expect(result.current.data?.assets[0]?.name).toBe('canon'));
  });

  it('asks nothing while it is not enabled', async () => {
    const api = fakeKioskApi({ 'catalogue.search': () => ok(found('x')) });
    const { result } = renderHook(
      () => useKioskQuery('catalogue.search', { query: '', limit: 25 }, { enabled: false }),
      { wrapper: wrapperFor(api) },
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(result.current).toMatchObject({ data: undefined, busy: false, error: null });
    expect(api.calls).toEqual([]);
  });
});

describe('a kiosk mutation', () => {
  it('is busy until the answer comes, then keeps it', async () => {
    let answer: (a: KioskCallResult<'staff.remind'>) => void = () => {};
    const api = fakeKioskApi();
    api.call = (async () =>
      new Promise((resolve) => (answer = resolve as typeof answer))) as FakeKioskApi['call'];
    const { result } = renderHook(() => useKioskMutation('staff.remind'), { wrapper: wrapperFor(api) });
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = result.current.run({ allocationId: ids.loan });
    });
    await waitFor(() => expect(result.current.busy).toBe(true));
    await act(async () => {
      answer(ok(reminderSent()));
      await done;
    });
    await waitFor(() =>
      expect(result.current).toMatchObject({ busy: false, error: null, data: reminderSent() }),
    );
  });

  it('answers a refusal as a value and keeps its sentence for the screen', async () => {
    const sentence = 'An overdue reminder went to jamie.ellis@school.test at 09:31.';
    const api = fakeKioskApi({ 'staff.remind': () => refused('conflict', sentence) });
    const { result } = renderHook(() => useKioskMutation('staff.remind'), { wrapper: wrapperFor(api) });
    let answer: unknown;
    await act(async () => {
      answer = await result.current.run({ allocationId: ids.loan });
    });
    expect(answer).toEqual({ ok: false, error: { code: 'conflict', message: sentence } });
    await waitFor(() => expect(result.current.error?.message).toBe(sentence));
  });
});

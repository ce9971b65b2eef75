import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { basketSession, idleSession } from '../testing/views.js';
import { createSessionStore } from './session-store.js';

describe('the session store', () => {
  it('loads the session and then follows the views the core pushes', async () => {
    const api = fakeKioskApi({ 'session.get': () => ok(idleSession()) });
    const store = createSessionStore(api);
    await store.getState().refresh();
    expect(store.getState().view?.phase).toBe('idle');
    const basket = basketSession();
    store.getState().receive(basket);
    expect(store.getState().view).toEqual(basket);
  });

  it('sends actions with their parameters and leaves the view to the core’s next event', async () => {
    const api = fakeKioskApi({ 'session.tickItem': () => ok(basketSession({ allowed: false })) });
    const store = createSessionStore(api);
    const before = basketSession();
    store.getState().receive(before);
    await store.getState().tickItem('d3b07384-d113-4ec6-a2b0-1c1e7e0c5e2a', true);
    expect(api.calls).toEqual([
      {
        method: 'session.tickItem',
        params: { groupItemId: 'd3b07384-d113-4ec6-a2b0-1c1e7e0c5e2a', confirmed: true },
      },
    ]);
    expect(store.getState().view).toBe(before);
    expect(store.getState().busy).toBe(false);
  });

  it('keeps a refused call’s sentence to show, and drops it when the session next changes', async () => {
    const message = 'A member of staff needs to tap their card first.';
    const api = fakeKioskApi({ 'session.override': () => refused('forbidden', message) });
    const store = createSessionStore(api);
    expect(await store.getState().override('Teacher supervising')).toBe(false);
    expect(store.getState().error).toEqual({ code: 'forbidden', message });
    store.getState().receive(basketSession());
    expect(store.getState().error).toBeNull();
  });

  it('tells the core about a touch and takes the idle deadline the touch moved', async () => {
    const before = basketSession({ idleAt: 1_000 });
    const api = fakeKioskApi({
      'session.touch': () => ok({ ok: true as const }),
      'session.get': () => ok(basketSession({ idleAt: 61_000, lines: [] })),
    });
    const store = createSessionStore(api);
    store.getState().receive(before);
    await store.getState().touch();
    expect(api.calls.map((c) => c.method)).toEqual(['session.touch', 'session.get']);
    expect(store.getState().view).toEqual({ ...before, idleAt: 61_000 });
  });

  it('never brings a deadline back to a session that has ended meanwhile', async () => {
    const api = fakeKioskApi({
      'session.touch': () => ok({ ok: true as const }),
      'session.get': () => ok(basketSession({ idleAt: 61_000 })),
    });
    const store = createSessionStore(api);
    store.getState().receive(idleSession());
    await store.getState().touch();
    expect(store.getState().view).toEqual(idleSession());
  });
});

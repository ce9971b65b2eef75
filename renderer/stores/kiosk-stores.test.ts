import { describe, expect, it } from 'vitest';
import type { Cue } from '../../domain/kiosk-api/views.js';
import type { ConnectionSource, ConnectionState } from '../api/connection-state.js';
import { fakeKioskApi, ok } from '../testing/fake-kiosk-api.js';
import { basketSession, idleReturns, idleSession, stationInfo, syncStatus } from '../testing/views.js';
import { connectStores, createKioskStores } from './kiosk-stores.js';

function controllableConnection(initial: ConnectionState) {
  let state = initial;
  const listeners = new Set<(s: ConnectionState) => void>();
  const source: ConnectionSource = {
    current: () => state,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const move = (next: ConnectionState) => {
    state = next;
    for (const l of listeners) l(next);
  };
  return { source, move };
}

function setUp(soundsOn: boolean, initial: ConnectionState = { status: 'connecting' }) {
  const api = fakeKioskApi({
    'station.info': () => ok(stationInfo({ settings: { ...stationInfo().settings, soundsOn } })),
    'session.get': () => ok(idleSession()),
    'returns.get': () => ok(idleReturns()),
    'sync.status': () => ok(syncStatus()),
    'sync.conflicts': () => ok([]),
  });
  const played: Cue[] = [];
  const connection = controllableConnection(initial);
  const stores = createKioskStores(api, connection.source);
  const stop = connectStores(stores, connection.source, { play: (c) => played.push(c) });
  return { api, stores, played, connection, stop };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the kiosk stores together', () => {
  it('load everything when the connection opens, and again after it comes back', async () => {
    const { api, connection } = setUp(true);
    expect(api.calls).toEqual([]);
    connection.move({ status: 'open' });
    await settle();
    const first = api.calls.length;
    expect(api.calls.map((c) => c.method)).toEqual(
      expect.arrayContaining([
        'station.info',
        'session.get',
        'returns.get',
        'sync.status',
        'sync.conflicts',
        'staff.session',
      ]),
    );
    connection.move({ status: 'reconnecting', attempt: 1 });
    connection.move({ status: 'open' });
    await settle();
    expect(api.calls.length).toBe(first * 2);
  });

  it('route each pushed event to its store', async () => {
    const { api, stores } = setUp(true, { status: 'open' });
    await settle();
    const basket = basketSession();
    api.push({ event: 'session', data: basket });
    api.push({ event: 'returns', data: idleReturns({ phase: 'scanning' }) });
    api.push({ event: 'sync', data: syncStatus({ pendingEvents: 4 }) });
    expect(stores.session.getState().view).toEqual(basket);
    expect(stores.returns.getState().view?.phase).toBe('scanning');
    expect(stores.sync.getState().status?.pendingEvents).toBe(4);
    const admin = { name: 'Admin', email: 'admin@school.test', roles: ['staff' as const] };
    api.push({ event: 'staff', data: admin });
    expect(stores.staffAccount.getState().account).toEqual(admin);
    // The core signed them out when their card left the session: the screen follows.
    api.push({ event: 'staff', data: null });
    expect(stores.staffAccount.getState().account).toBeNull();
  });

  it('play cues only when the station’s sounds are on', async () => {
    const on = setUp(true, { status: 'open' });
    const off = setUp(false, { status: 'open' });
    await settle();
    on.api.push({ event: 'cue', data: 'scan-refused' });
    off.api.push({ event: 'cue', data: 'scan-refused' });
    expect(on.played).toEqual(['scan-refused']);
    expect(off.played).toEqual([]);
  });

  it('stop listening when disconnected from the stores', async () => {
    const { api, stores, stop } = setUp(true, { status: 'open' });
    await settle();
    stop();
    api.push({ event: 'session', data: basketSession() });
    expect(stores.session.getState().view?.phase).toBe('idle');
  });
});

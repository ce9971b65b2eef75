import type { KioskApi, KioskEventMessage } from '../../domain/kiosk-api/contract.js';
import type { ConnectionSource } from '../api/connection-state.js';
import type { SoundPlayer } from '../sounds/sound-player.js';
import { createConnectionStore } from './connection-store.js';
import { createDevicesStore } from './devices-store.js';
import { createKioskQueryClient } from '../queries/kiosk-queries.js';
import { createNavigationStore } from './navigation-store.js';
import { createReturnsStore } from './returns-store.js';
import { createSessionStore } from './session-store.js';
import { createStaffAccountStore } from './staff-account-store.js';
import { createStationStore } from './station-store.js';
import { createSyncStore } from './sync-store.js';

export function createKioskStores(api: KioskApi, connection: ConnectionSource) {
  return {
    api,
    connection: createConnectionStore(connection.current()),
    station: createStationStore(api),
    session: createSessionStore(api),
    returns: createReturnsStore(api),
    sync: createSyncStore(api),
    devices: createDevicesStore(api),
    staffAccount: createStaffAccountStore(api),
    navigation: createNavigationStore(),
    /** Staff data from the central API (records, reports, locations) and the kiosk's search. */
    queries: createKioskQueryClient(),
  };
}

export type KioskStores = ReturnType<typeof createKioskStores>;

/** Hands one pushed event to the store it belongs to. */
export function routeEvent(stores: KioskStores, sounds: SoundPlayer, m: KioskEventMessage): void {
  switch (m.event) {
    case 'session':
      return stores.session.getState().receive(m.data);
    case 'returns':
      return stores.returns.getState().receive(m.data);
    case 'sync':
      return stores.sync.getState().receive(m.data);
    case 'device':
      return stores.devices.getState().receive(m.data);
    case 'cue':
      if (stores.station.getState().info?.settings.soundsOn) sounds.play(m.data);
      return;
    case 'staff':
      // Whoever signs in next asks the central API afresh: nothing fetched in another's name is shown.
      if (m.data === null) stores.queries.clear();
      return stores.staffAccount.getState().receive(m.data);
    default: {
      const unreachable: never = m;
      return unreachable;
    }
  }
}

/** Everything a fresh or reconnected screen needs to know: events missed while away are not replayed. */
export async function reloadAll(stores: KioskStores): Promise<void> {
  await Promise.all([
    stores.station.getState().load(),
    stores.session.getState().refresh(),
    stores.returns.getState().refresh(),
    stores.sync.getState().refresh(),
    stores.staffAccount.getState().refresh(),
  ]);
}

/** Wires the stores to the kiosk: its events, and a reload each time the connection (re)opens. */
export function connectStores(
  stores: KioskStores,
  connection: ConnectionSource,
  sounds: SoundPlayer,
): () => void {
  const stopEvents = stores.api.subscribe((m) => routeEvent(stores, sounds, m));
  const stopConnection = connection.subscribe((state) => {
    stores.connection.getState().set(state);
    if (state.status === 'open') void reloadAll(stores);
  });
  if (connection.current().status === 'open') void reloadAll(stores);
  return () => {
    stopEvents();
    stopConnection();
  };
}

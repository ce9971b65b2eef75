import { KitdeskError, type Credential, type StationInfo } from '../../../domain/index.js';
import type { DeviceHub } from '../devices/device-hub.js';
import type { CheckoutSession } from '../session/checkout-session.js';
import type { SerialQueue } from '../session/clock.js';
import type { ReturnDesk } from '../session/return-desk.js';
import type { SettingsFile } from '../station/settings-file.js';
import type { StaffGate } from '../station/staff-gate.js';
import type { CatalogueSearch } from '../store/catalogue-search.js';
import type { SyncLedger } from '../store/sync-ledger.js';
import type { ConflictResolver } from '../sync/conflict-resolver.js';
import type { SyncEngine } from '../sync/sync-engine.js';
import type { StaffSession } from '../staff/staff-session.js';
import type { KioskHandlers } from './dispatch.js';
import { createStaffHandlers } from './staff-handlers.js';

export type HandlerDeps = {
  queue: SerialQueue;
  session: CheckoutSession;
  desk: ReturnDesk;
  devices: DeviceHub;
  sync: SyncEngine;
  ledger: SyncLedger;
  settings: SettingsFile;
  staffGate: StaffGate;
  search: CatalogueSearch;
  staff: StaffSession;
  resolver: ConflictResolver;
  version: string;
  /** The name of the station's location in the kiosk's copy of the catalogue, or null. */
  locationName: () => string | null;
  /** Feeds a read into the station's flow, in arrival order with every other input. */
  feed: (c: Credential) => Promise<void>;
  onExit: () => void;
};

const ok = { ok: true } as const;

/** Every KioskApi call, mapped onto the core's services. Inputs that change a flow go through the queue. */
export function createHandlers(d: HandlerDeps): KioskHandlers {
  const inQueue = <T>(task: () => T) => d.queue.run(task);
  const stationInfo = (): StationInfo => ({
    settings: d.settings.get(),
    kioskName: d.ledger.state().kioskName,
    locationName: d.locationName(),
    firstRun: d.ledger.state().token === null,
    version: d.version,
  });
  // Before enrolment there is no catalogue and so no staff card to tap: the technician sets devices up freely.
  const requireStaffOnceEnrolled = (action: string) => {
    if (d.ledger.state().token !== null) d.staffGate.require(action);
  };
  // The staff area signs in as the member of staff holding authority here, by the card they presented.
  const cardSignIn = (pin: string) => {
    const holder = d.staffGate.present();
    if (!holder)
      throw new KitdeskError('forbidden', 'Tap your staff card first, then type your PIN to sign in.');
    return d.staff.signInWithCard(d.ledger.state().token, holder.card, pin);
  };
  return {
    ...createStaffHandlers(d.staff, cardSignIn),
    'station.info': stationInfo,
    'station.saveSettings': async (s) => {
      requireStaffOnceEnrolled('change this station’s settings');
      const { token, apiUrl: inUse } = d.ledger.state();
      // Once enrolled, the address changes only to one checked to serve the same school (nothing is saved
      // if that check fails); an empty field keeps the address in use.
      const apiUrl = token === null || !s.apiUrl ? (s.apiUrl ?? inUse) : await d.sync.repoint(s.apiUrl);
      d.settings.save({ ...s, apiUrl });
      return stationInfo();
    },
    'station.enrol': async ({ apiUrl, code }) => {
      await d.sync.enrol(apiUrl, code);
      d.settings.save({ ...d.settings.get(), apiUrl });
      return stationInfo();
    },
    'station.enterStaffPin': async ({ pin }) => {
      await d.staffGate.enterPin(pin);
      return ok;
    },
    'station.cancelStaffPin': () => {
      d.staffGate.cancelPin();
      return ok;
    },
    'station.exit': () => {
      d.staffGate.require('close the kiosk');
      d.onExit();
      return ok;
    },
    'session.get': () => d.session.view(),
    'session.touch': () =>
      inQueue(() => {
        d.session.touch();
        return ok;
      }),
    'session.tickItem': (p) => inQueue(() => d.session.tickItem(p.groupItemId, p.confirmed)),
    'session.removeLine': (p) => inQueue(() => d.session.removeLine(p.assetId)),
    'session.override': (p) => inQueue(() => d.session.override(p.reason)),
    'session.confirm': () => inQueue(() => d.session.confirm()),
    'session.cancel': () => inQueue(() => d.session.cancel()),
    'returns.get': () => d.desk.view(),
    'returns.tickItem': (p) => inQueue(() => d.desk.tickItem(p.groupItemId, p.confirmed)),
    'returns.addAccessory': (p) => inQueue(() => d.desk.addAccessory(p.groupItemId)),
    'returns.setCondition': (p) => inQueue(() => d.desk.setCondition(p.assetId, p.note)),
    'returns.finish': (p) => inQueue(() => d.desk.finish(p.partial)),
    'returns.cancel': () => inQueue(() => d.desk.cancel()),
    'input.wedgeScan': async ({ data }) => {
      await d.devices.wedge(data);
      return ok;
    },
    'catalogue.search': ({ query, limit }) => d.search.search(query, limit),
    'sync.status': () => d.sync.status(),
    'sync.now': () => d.sync.syncNow(),
    'sync.conflicts': () => d.ledger.conflicts(),
    'sync.resolveConflict': ({ id, action }) => d.resolver.resolve(id, action),
    'devices.status': () => d.devices.status(),
    'devices.getConfig': () => d.devices.config(),
    'devices.saveConfig': (config) => {
      requireStaffOnceEnrolled('change the devices');
      return d.devices.saveConfig(config);
    },
    'devices.setTestMode': async ({ on }) => {
      requireStaffOnceEnrolled('switch test reads on or off');
      d.devices.setTestMode(on);
      return d.devices.status();
    },
    'devices.simulate': async ({ deviceId, action }) => {
      await d.devices.simulate(deviceId, action);
      return ok;
    },
  };
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Credential, Cue, KioskEventMessage } from '../../domain/index.js';
import type { KioskHandlers } from './api/dispatch.js';
import { createHandlers } from './api/handlers.js';
import { DeviceHub } from './devices/device-hub.js';
import type { OpenHardware } from './devices/hardware-port.js';
import { CheckoutSession } from './session/checkout-session.js';
import { SerialQueue, systemClock, type Clock } from './session/clock.js';
import { ReturnDesk } from './session/return-desk.js';
import { SettingsFile, staffAuthoritySeconds } from './station/settings-file.js';
import { signOutWhenStaffLeave } from './staff/staff-presence.js';
import { StaffSession } from './staff/staff-session.js';
import { StaffGate } from './station/staff-gate.js';
import { CatalogueReader } from './store/catalogue-reader.js';
import { CatalogueSearch } from './store/catalogue-search.js';
import { openStore } from './store/open-store.js';
import { Outbox } from './store/outbox.js';
import { SyncLedger } from './store/sync-ledger.js';
import { ConflictResolver } from './sync/conflict-resolver.js';
import { SyncEngine } from './sync/sync-engine.js';

export { dispatch, type KioskHandlers } from './api/dispatch.js';
export type { HardwarePort, OpenHardware } from './devices/hardware-port.js';

export type KioskCoreOptions = {
  /** The SQLite file, the station settings file and nothing else live here. */
  dataDir: string;
  /** Starts the hardware service; without it the kiosk takes input only from the screen. */
  openHardware?: OpenHardware;
  /** Called when a member of staff closes the kiosk for maintenance. */
  onExit?: () => void;
  version?: string;
  clock?: Clock;
  /** STAFF_AUTHORITY_SECONDS unless given (station/settings-file.ts). */
  staffAuthoritySeconds?: number;
  /** Sync timings, shortened by tests. */
  sync?: { pollMs?: number; pageSize?: number; pushBatch?: number };
};

export type KioskCore = {
  handlers: KioskHandlers;
  subscribe(listener: (m: KioskEventMessage) => void): () => void;
  /** A read from a device or the keyboard wedge, fed in arrival order with every other input. */
  feed(c: Credential): Promise<void>;
  close(): Promise<void>;
};

/** Opens the kiosk core: the station's store, flows, sync and devices, hosted by Electron or the browser host. */
export async function openKioskCore(o: KioskCoreOptions): Promise<KioskCore> {
  mkdirSync(o.dataDir, { recursive: true });
  const clock = o.clock ?? systemClock;
  const store = openStore(join(o.dataDir, 'kiosk.db'));
  const settings = new SettingsFile(o.dataDir);
  const reader = new CatalogueReader(store.sqlite);
  const outbox = new Outbox(store.sqlite);
  const ledger = new SyncLedger(store.db, store.sqlite);
  const listeners = new Set<(m: KioskEventMessage) => void>();
  const emit = (m: KioskEventMessage) => {
    for (const l of listeners) l(m);
  };
  const onCue = (cue: Cue) => emit({ event: 'cue', data: cue });
  const queue = new SerialQueue();

  let cursorSeen: number | null = null;
  const sync = new SyncEngine({
    ledger,
    outbox,
    clock,
    onStatus: (s) => {
      emit({ event: 'sync', data: s });
      // A pull may bring accessories another desk took back, or a new partial return: the desk lists them.
      if (s.cursor !== cursorSeen && settings.get().role === 'return-desk')
        emit({ event: 'returns', data: desk.view() });
      cursorSeen = s.cursor;
    },
    ...o.sync,
  });
  const onRecorded = () => sync.trigger();
  const onDesk = () => settings.get().role === 'return-desk';
  const staffGate: StaffGate = new StaffGate({
    clock,
    authoritySeconds: o.staffAuthoritySeconds ?? staffAuthoritySeconds(),
    currentSession: (): string => (onDesk() ? desk.authority.sessionId : session.authority.sessionId),
    pinHashOf: (id) => reader.staffPinHash(id),
    onChange: () => void queue.run(() => (onDesk() ? desk.announce() : session.announce())),
  });
  const staff = new StaffSession(
    () => ledger.state().apiUrl,
    clock,
    (view) => emit({ event: 'staff', data: view }),
  );
  const staffLeft = signOutWhenStaffLeave(staff, () => settings.get().role);
  const session = new CheckoutSession({
    reader,
    outbox,
    clock,
    idleTimeoutMs: () => settings.get().idleTimeoutSeconds * 1000,
    receiptTimeoutMs: 20_000,
    onView: (v) => {
      staffLeft(v);
      emit({ event: 'session', data: v });
    },
    onCue,
    authority: staffGate,
    onRecorded,
  });
  const desk: ReturnDesk = new ReturnDesk({
    reader,
    outbox,
    clock,
    locationId: () => ledger.state().locationId,
    onView: (v) => emit({ event: 'returns', data: v }),
    onCue,
    authority: staffGate,
    onRecorded,
  });
  const feed = (c: Credential) =>
    queue.run(() => {
      if (settings.get().role === 'return-desk') desk.credential(c);
      else session.credential(c);
    });
  const devices = new DeviceHub(store.db, clock, o.openHardware ?? null, feed, (e) =>
    emit({ event: 'device', data: e }),
  );

  const handlers = createHandlers({
    queue,
    session,
    desk,
    devices,
    sync,
    ledger,
    settings,
    staffGate,
    search: new CatalogueSearch(store.sqlite, reader),
    staff,
    resolver: new ConflictResolver({ ledger, staff, clock, afterChange: () => sync.trigger() }),
    version: o.version ?? '0.0.0',
    locationName: () => reader.referenceName(ledger.state().locationId),
    feed,
    onExit: o.onExit ?? (() => {}),
  });

  await devices.start();
  sync.start();

  return {
    handlers,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    feed,
    async close() {
      await sync.stop();
      await devices.stop();
      await queue.run(() => session.dispose());
      store.close();
    },
  };
}

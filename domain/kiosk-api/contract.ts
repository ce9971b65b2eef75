import { z } from 'zod';
import type { ApiError } from '../api-error.js';
import { StaffPin } from '../credentials/staff-pin.js';
import { AttachedDevice, DeviceConfigFile, DeviceEvent } from '../devices/index.js';
import { Id } from '../ids.js';
import { AssetWithLoan, UpdateAssetRequest } from '../api/assets.js';
import { GroupDetail, UpdateGroupRequest } from '../api/kits.js';
import { LoanReminderSent } from '../api/reminders.js';
import { AssetTypeUtilisationReport, LoansOverTimeReport, OverdueReport } from '../api/reports.js';
import { UpdatePersonRequest } from '../api/people.js';
import { Asset } from '../model/asset.js';
import { Group } from '../model/kit.js';
import { Person } from '../model/person.js';
import { Location } from '../model/reference.js';
import { Role } from '../model/role.js';
import { KioskPerson } from '../sync/changes.js';
import { Conflict, ConflictAction, Cue, ReturnView, SessionView, StationRole, SyncStatus } from './views.js';
import { MultilineText, Text } from '../text.js';

const none = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

/** The station's own settings, kept in a validated file in the kiosk's data folder. */
export const StationSettings = z.object({
  /** Where the central API is, e.g. https://kitdesk.school.example; null until first-run set-up. */
  apiUrl: z.url().nullable(),
  role: StationRole,
  /** Inactivity before the self-service screen forgets the borrower. */
  idleTimeoutSeconds: z.number().int().min(10).max(600),
  soundsOn: z.boolean(),
});
export type StationSettings = z.infer<typeof StationSettings>;

export const StationInfo = z.object({
  settings: StationSettings,
  kioskName: z.string().nullable(),
  /** Where the admin placed this kiosk when enrolling it; null when no location was set. */
  locationName: z.string().nullable(),
  /** True until the station is enrolled with the central API: the UI shows the first-run screen. */
  firstRun: z.boolean(),
  version: z.string(),
});
export type StationInfo = z.infer<typeof StationInfo>;

export const DeviceStatusView = z.object({
  config: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.string(),
      protocol: z.string(),
      transport: z.string(),
      state: z.string(),
      detail: z.string().nullable(),
      lastRead: z.string().nullable(),
      lastReadAt: z.number().nullable(),
      counters: z.object({
        frames: z.number(),
        credentials: z.number(),
        rejects: z.record(z.string(), z.number()),
        reconnects: z.number(),
      }),
    }),
  ),
  attached: z.array(AttachedDevice),
  testMode: z.boolean(),
});
export type DeviceStatusView = z.infer<typeof DeviceStatusView>;

export const StaffSessionView = z.object({ name: z.string(), email: z.string(), roles: z.array(Role) });
export type StaffSessionView = z.infer<typeof StaffSessionView>;

export const SearchResult = z.object({
  people: z.array(KioskPerson),
  /** Each with the loan holding it, as this kiosk knows it (its own unconfirmed loans and returns too). */
  assets: z.array(AssetWithLoan),
});
export type SearchResult = z.infer<typeof SearchResult>;

/**
 * Every call the UI can make, with its parameters and result. Both transports (Electron IPC and the
 * browser host's WebSocket) validate against this table, and the renderer's client is typed from it.
 */
export const kioskApiMethods = {
  'station.info': { params: none, result: StationInfo },
  'station.saveSettings': { params: StationSettings, result: StationInfo },
  /** First-run: trade the admin's one-time code for this kiosk's own credential. */
  'station.enrol': {
    params: z.object({ apiUrl: z.url(), code: Text.min(6).max(64) }),
    result: StationInfo,
  },
  /** Maintenance exit: refused unless a member of staff holds staff authority on this session. */
  'station.exit': { params: none, result: ok },
  /** The PIN for the staff card's barcode the keypad asks about: staff authority on this session if right. */
  'station.enterStaffPin': { params: z.object({ pin: StaffPin }), result: ok },
  /** The keypad closed without a PIN: the barcode gives no staff authority. */
  'station.cancelStaffPin': { params: none, result: ok },
  'session.get': { params: none, result: SessionView },
  /** A touch on the screen: keeps the session from timing out. */
  'session.touch': { params: none, result: ok },
  'session.tickItem': { params: z.object({ groupItemId: Id, confirmed: z.boolean() }), result: SessionView },
  'session.removeLine': { params: z.object({ assetId: Id }), result: SessionView },
  'session.override': {
    params: z.object({ reason: MultilineText.trim().min(3).max(500) }),
    result: SessionView,
  },
  'session.confirm': { params: none, result: SessionView },
  'session.cancel': { params: none, result: SessionView },
  'returns.get': { params: none, result: ReturnView },
  /** Unticking an accessory added from the list of those still out takes it off the return again. */
  'returns.tickItem': { params: z.object({ groupItemId: Id, confirmed: z.boolean() }), result: ReturnView },
  /** An accessory still out, ticked from the desk's list: it has no label to scan. */
  'returns.addAccessory': { params: z.object({ groupItemId: Id }), result: ReturnView },
  'returns.setCondition': {
    params: z.object({ assetId: Id, note: MultilineText.trim().max(2000).nullable() }),
    result: ReturnView,
  },
  'returns.finish': { params: z.object({ partial: z.boolean() }), result: ReturnView },
  'returns.cancel': { params: none, result: ReturnView },
  /** A keyboard-wedge scanner recognised by the UI: enters the same path as a scanner the kiosk reads itself. */
  'input.wedgeScan': { params: z.object({ data: z.string().trim().min(1).max(512) }), result: ok },
  'catalogue.search': {
    params: z.object({
      query: Text.min(1).max(100),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    result: SearchResult,
  },
  /** Staff sign in with email and password for what only the central API can do (edits, reports). */
  'staff.signIn': {
    params: z.object({ email: z.email().max(320), password: z.string().min(1).max(200) }),
    result: StaffSessionView,
  },
  /**
   * The member of staff holding staff authority on this session signs the staff area in as themselves:
   * their card and this PIN go to the central API, which answers a short-lived token in their name.
   */
  'staff.signInWithPin': { params: z.object({ pin: StaffPin }), result: StaffSessionView },
  'staff.signOut': { params: none, result: ok },
  'staff.session': { params: none, result: StaffSessionView.nullable() },
  'staff.person': { params: z.object({ id: Id }), result: Person },
  'staff.updatePerson': { params: z.object({ id: Id, patch: UpdatePersonRequest }), result: Person },
  'staff.asset': { params: z.object({ id: Id }), result: Asset },
  'staff.updateAsset': { params: z.object({ id: Id, patch: UpdateAssetRequest }), result: Asset },
  /** Every location, by name: an asset's home location is chosen from them. */
  'staff.locations': { params: none, result: z.array(Location) },
  'staff.kit': { params: z.object({ id: Id }), result: GroupDetail },
  'staff.updateKit': { params: z.object({ id: Id, patch: UpdateGroupRequest }), result: Group },
  'staff.overdue': { params: none, result: OverdueReport },
  /** Email the borrower of an overdue loan its overdue reminder now. */
  'staff.remind': { params: z.object({ allocationId: Id }), result: LoanReminderSent },
  'staff.loansOverTime': {
    params: z.object({ interval: z.enum(['day', 'week']).default('week') }),
    result: LoansOverTimeReport,
  },
  'staff.utilisationByType': { params: none, result: AssetTypeUtilisationReport },
  'sync.status': { params: none, result: SyncStatus },
  'sync.now': { params: none, result: SyncStatus },
  'sync.conflicts': { params: none, result: z.array(Conflict) },
  /** Put a refused event right as the signed-in member of staff, or say what was done about it. */
  'sync.resolveConflict': {
    params: z.object({ id: Id, action: ConflictAction }),
    result: z.array(Conflict),
  },
  'devices.status': { params: none, result: DeviceStatusView },
  'devices.getConfig': { params: none, result: DeviceConfigFile },
  'devices.saveConfig': { params: DeviceConfigFile, result: DeviceConfigFile },
  'devices.setTestMode': { params: z.object({ on: z.boolean() }), result: DeviceStatusView },
  'devices.simulate': {
    params: z.object({
      deviceId: z.string(),
      action: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('tap'), canonical: z.string().regex(/^[0-9A-F]{10}$/) }),
        z.object({ kind: z.literal('scan'), data: z.string().min(1).max(512) }),
      ]),
    }),
    result: ok,
  },
} as const;

export type KioskMethod = keyof typeof kioskApiMethods;
export const KioskMethod = z.enum(Object.keys(kioskApiMethods) as [KioskMethod, ...KioskMethod[]]);
export type KioskParams<M extends KioskMethod> = z.input<(typeof kioskApiMethods)[M]['params']>;
export type KioskResult<M extends KioskMethod> = z.infer<(typeof kioskApiMethods)[M]['result']>;

/** Everything the core pushes to the UI. */
export const KioskEventMessage = z.discriminatedUnion('event', [
  z.object({ event: z.literal('session'), data: SessionView }),
  z.object({ event: z.literal('returns'), data: ReturnView }),
  z.object({ event: z.literal('sync'), data: SyncStatus }),
  z.object({ event: z.literal('device'), data: DeviceEvent }),
  z.object({ event: z.literal('cue'), data: Cue }),
  /** The staff sign-in changed: signed in, signed out, or ended by the core when the staff card left. */
  z.object({ event: z.literal('staff'), data: StaffSessionView.nullable() }),
]);
export type KioskEventMessage = z.infer<typeof KioskEventMessage>;

/** Calls never throw across a transport: they answer a value or an error, the central API's error shape. */
export type KioskCallResult<M extends KioskMethod> =
  { ok: true; result: KioskResult<M> } | { ok: false; error: ApiError };

/** What `window.kiosk` is, in Electron (preload) and in the browser host (WebSocket client) alike. */
export interface KioskApi {
  call<M extends KioskMethod>(method: M, params: KioskParams<M>): Promise<KioskCallResult<M>>;
  /** Returns a function that unsubscribes. */
  subscribe(listener: (message: KioskEventMessage) => void): () => void;
}

/** Builders of KioskApi views for the renderer's unit tests; not part of the shipped screen. */
import { newId } from '../../domain/ids.js';
import { reason } from '../../domain/lending/reasons.js';
import type { DeviceStatusView, StationInfo } from '../../domain/kiosk-api/contract.js';
import type {
  Conflict,
  ReturnView,
  SessionView,
  StaffAuthorityView,
  SyncStatus,
} from '../../domain/kiosk-api/views.js';

export const noAuthority: StaffAuthorityView = { holder: null, pinWanted: null };

/** Staff authority held by this member of staff, as a tap gives it. */
export function staffAuthority(name = 'Ms Okafor'): StaffAuthorityView {
  return { holder: { id: newId(), name, via: 'tap', until: Date.now() + 120_000 }, pinWanted: null };
}

export function idleSession(over: Partial<SessionView> = {}): SessionView {
  return {
    phase: 'idle',
    borrower: null,
    lines: [],
    kits: [],
    refusals: [],
    kitsToFinish: [],
    notices: [],
    allowed: false,
    outgoing: { items: 0, accessories: 0 },
    dueAt: null,
    staff: null,
    authority: noAuthority,
    lastScan: null,
    receipt: null,
    idleAt: null,
    ...over,
  };
}

export function basketSession(over: Partial<SessionView> = {}): SessionView {
  return idleSession({
    phase: 'basket',
    borrower: { id: newId(), name: 'Amira Khan', staff: false, loans: [] },
    lines: [{ assetId: newId(), name: 'Canon EOS R50', kitId: null, tag: 'KD-00001', highValue: false }],
    allowed: true,
    outgoing: { items: 1, accessories: 0 },
    dueAt: '2026-11-25T16:00:00.000Z',
    ...over,
  });
}

export function idleReturns(over: Partial<ReturnView> = {}): ReturnView {
  return {
    phase: 'idle',
    lines: [],
    accessories: [],
    kits: [],
    refusals: [],
    notices: [],
    allowed: false,
    lastScan: null,
    summary: null,
    accessoriesOut: [],
    authority: noAuthority,
    ...over,
  };
}

export function syncStatus(over: Partial<SyncStatus> = {}): SyncStatus {
  return {
    enrolled: true,
    kioskName: 'Library kiosk',
    online: true,
    offlineSince: null,
    pendingEvents: 0,
    lastSyncAt: '2026-11-24T09:59:00.000Z',
    cursor: 12,
    progress: null,
    openConflicts: 0,
    lastError: null,
    ...over,
  };
}

export function conflict(over: Partial<Conflict> = {}): Conflict {
  const why = reason({
    code: 'asset_on_loan',
    asset: { id: newId(), name: 'Zoom H5' },
    toThisBorrower: false,
  });
  return {
    id: newId(),
    eventId: newId(),
    kind: 'checkout',
    at: '2026-11-24T09:30:00.000Z',
    recordedAt: '2026-11-24T09:12:00.000Z',
    kioskName: 'Library kiosk',
    borrower: { id: newId(), name: 'Amira Khan' },
    assets: [
      {
        id: why.facts.code === 'asset_on_loan' ? why.facts.asset.id : newId(),
        name: 'Zoom H5',
        tag: 'KD-00042',
      },
    ],
    standing: [],
    summary: 'Amira Khan: Zoom H5',
    message: why.message,
    reasons: [why],
    status: 'open',
    resolution: null,
    resolvedBy: null,
    resolvedAt: null,
    ...over,
  };
}

export function stationInfo(over: Partial<StationInfo> = {}): StationInfo {
  return {
    settings: {
      apiUrl: 'https://kitdesk.school.example',
      role: 'self-service',
      idleTimeoutSeconds: 60,
      soundsOn: true,
    },
    kioskName: 'Library kiosk',
    locationName: 'Media office',
    firstRun: false,
    version: '0.1.0',
    ...over,
  };
}

export function deviceStatus(over: Partial<DeviceStatusView> = {}): DeviceStatusView {
  return {
    config: [
      {
        id: 'demo-card-reader',
        name: 'Demo card reader (RDM6300)',
        role: 'card-reader',
        protocol: 'em4100',
        transport: 'simulated',
        state: 'connecting',
        detail: null,
        lastRead: null,
        lastReadAt: null,
        counters: { frames: 0, credentials: 0, rejects: {}, reconnects: 0 },
      },
    ],
    attached: [],
    testMode: false,
    ...over,
  };
}

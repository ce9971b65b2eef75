/** Database rows as the domain shapes every boundary speaks: ISO strings for times, and no secrets. */
import type { Allocation, AllocationAssetLine, AllocationItemLine } from '../../domain/model/allocation.js';
import type { Asset } from '../../domain/model/asset.js';
import type { AuditEntry } from '../../domain/model/audit.js';
import type { Group, GroupItem } from '../../domain/model/kit.js';
import type { Person } from '../../domain/model/person.js';
import type { AssetType, DisposalType, Location } from '../../domain/model/reference.js';
import type * as t from './schema/index.js';

const isoOrNull = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export function toPerson(r: typeof t.person.$inferSelect): Person {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    department: r.department,
    school: r.school,
    lend: r.lend,
    staff: r.staff,
    isAdmin: r.isAdmin,
    canLogIn: r.canLogIn,
    rfid: r.rfid,
    barcode: r.barcode,
    leftAt: r.leftAt,
    erasedAt: isoOrNull(r.erasedAt),
  };
}

export function toAsset(r: typeof t.asset.$inferSelect): Asset {
  return {
    id: r.id,
    groupId: r.groupId,
    locationId: r.locationId,
    homeLocationId: r.homeLocationId,
    barcode: r.barcode,
    rfid: r.rfid,
    qrCode: r.qrCode,
    pictureKey: r.pictureKey,
    name: r.name,
    serialNumber: r.serialNumber,
    modelId: r.modelId,
    description: r.description,
    manufacturer: r.manufacturer,
    colour: r.colour,
    purchaseDate: r.purchaseDate,
    purchaseSupplier: r.purchaseSupplier,
    warrantyDetails: r.warrantyDetails,
    estimatedValuePence: r.estimatedValuePence,
    disposalDate: r.disposalDate,
    disposalReason: r.disposalReason,
    disposalTypeId: r.disposalTypeId,
    highValue: r.highValue,
    cannotLend: r.cannotLend,
    ownerId: r.ownerId,
    assetTypeId: r.assetTypeId,
  };
}

export function toGroup(r: typeof t.assetGroup.$inferSelect): Group {
  return { id: r.id, name: r.name, description: r.description };
}

export function toGroupItem(r: typeof t.groupItem.$inferSelect): GroupItem {
  return { id: r.id, groupId: r.groupId, name: r.name, description: r.description, position: r.position };
}

export function toLocation(r: typeof t.location.$inferSelect): Location {
  return { id: r.id, name: r.name, area: r.area };
}

export function toAssetType(r: typeof t.assetType.$inferSelect): AssetType {
  return { id: r.id, name: r.name, description: r.description, loanPeriodHours: r.loanPeriodHours };
}

export function toDisposalType(r: typeof t.disposalType.$inferSelect): DisposalType {
  return { id: r.id, name: r.name };
}

export function toAllocation(r: typeof t.allocation.$inferSelect): Allocation {
  return {
    id: r.id,
    personId: r.personId,
    outAt: r.outAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    returnedAt: isoOrNull(r.returnedAt),
    kioskId: r.kioskId,
    overrideById: r.overrideById,
    overrideReason: r.overrideReason,
  };
}

export function toAssetLine(r: typeof t.allocationAssetLine.$inferSelect): AllocationAssetLine {
  return {
    id: r.id,
    allocationId: r.allocationId,
    assetId: r.assetId,
    returnedAt: isoOrNull(r.returnedAt),
    returnedToLocationId: r.returnedToLocationId,
    conditionNote: r.conditionNote,
  };
}

export function toItemLine(r: typeof t.allocationItemLine.$inferSelect): AllocationItemLine {
  return {
    id: r.id,
    allocationId: r.allocationId,
    groupItemId: r.groupItemId,
    returnedAt: isoOrNull(r.returnedAt),
  };
}

export function toAuditEntry(r: typeof t.auditEntry.$inferSelect): AuditEntry {
  return {
    id: r.id,
    seq: r.seq,
    at: r.at.toISOString(),
    actorKind: r.actorKind,
    actorId: r.actorId,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    description: r.description,
    before: r.before ?? null,
    after: r.after ?? null,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

/**
 * What each export writes. People and assets are written in the columns their imports read (names for
 * what an asset refers to), so an export can be edited in a spreadsheet and imported again.
 */
import { asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ExportTable } from '../../domain/api/imports.js';
import type { Db } from '../db/database.js';
import {
  allocationAssetLine,
  asset,
  assetGroup,
  assetType,
  disposalType,
  groupItem,
  location,
  person,
} from '../db/schema/index.js';
import type { CsvCell } from '../http/csv-reply.js';
import { assetColumns } from '../imports/asset-rows.js';
import { personColumns } from '../imports/people-rows.js';

const PAGE = 5000;

/** The rows of a table a page at a time, in id order, so a large table never sits in memory whole. */
export type ExportSource = {
  columns: readonly string[];
  page: (db: Db, afterId: string | null) => Promise<{ id: string; cells: CsvCell[] }[]>;
};

const after = (column: Parameters<typeof gt>[0], id: string | null): SQL | undefined =>
  id === null ? undefined : gt(column, id);
const pounds = (pence: number | null) => (pence === null ? null : (pence / 100).toFixed(2));

/** The header an import reads for each field, as exports write it. */
const headersOf = (
  columns: readonly { field: string; headers: readonly [string, ...string[]] }[],
  fields: readonly string[],
) => fields.map((f) => columns.find((c) => c.field === f)!.headers[0]);

const PERSON_FIELDS = [
  'id',
  'name',
  'email',
  'department',
  'school',
  'rfid',
  'barcode',
  'staff',
  'lend',
  'leftAt',
  'isAdmin',
  'canLogIn',
  'erasedAt',
] as const;

const people: ExportSource = {
  columns: headersOf(personColumns, PERSON_FIELDS),
  page: async (db, afterId) =>
    (await db.select().from(person).where(after(person.id, afterId)).orderBy(asc(person.id)).limit(PAGE)).map(
      (p) => ({
        id: p.id,
        cells: [
          p.id,
          p.name,
          p.email,
          p.department,
          p.school,
          p.rfid,
          p.barcode,
          p.staff,
          p.lend,
          p.leftAt,
          p.isAdmin,
          p.canLogIn,
          p.erasedAt?.toISOString() ?? null,
        ],
      }),
    ),
};

const home = alias(location, 'home');
const owner = alias(person, 'owner');

const assets: ExportSource = {
  columns: assetColumns.map((c) => c.headers[0]),
  page: async (db, afterId) => {
    const rows = await db
      .select({
        a: asset,
        allocationId: sql<
          string | null
        >`(select ${allocationAssetLine.allocationId} from ${allocationAssetLine}
          where ${allocationAssetLine.assetId} = ${asset.id} and ${allocationAssetLine.returnedAt} is null)`,
        type: assetType.name,
        here: location.name,
        home: home.name,
        kit: assetGroup.name,
        owner: owner.email,
        disposal: disposalType.name,
      })
      .from(asset)
      .leftJoin(assetType, eq(assetType.id, asset.assetTypeId))
      .leftJoin(location, eq(location.id, asset.locationId))
      .leftJoin(home, eq(home.id, asset.homeLocationId))
      .leftJoin(assetGroup, eq(assetGroup.id, asset.groupId))
      .leftJoin(owner, eq(owner.id, asset.ownerId))
      .leftJoin(disposalType, eq(disposalType.id, asset.disposalTypeId))
      .where(after(asset.id, afterId))
      .orderBy(asc(asset.id))
      .limit(PAGE);
    return rows.map(({ a, ...named }) => {
      const cell: Record<(typeof assetColumns)[number]['field'], CsvCell> = {
        id: a.id,
        name: a.name,
        barcode: a.barcode,
        rfid: a.rfid,
        qrCode: a.qrCode,
        serialNumber: a.serialNumber,
        modelId: a.modelId,
        manufacturer: a.manufacturer,
        colour: a.colour,
        description: a.description,
        purchaseDate: a.purchaseDate,
        purchaseSupplier: a.purchaseSupplier,
        warrantyDetails: a.warrantyDetails,
        estimatedValuePence: pounds(a.estimatedValuePence),
        highValue: a.highValue,
        cannotLend: a.cannotLend,
        assetType: named.type,
        location: named.here,
        homeLocation: named.home,
        kit: named.kit,
        owner: named.owner,
        pictureKey: a.pictureKey,
        allocationId: named.allocationId,
        disposalDate: a.disposalDate,
        disposalReason: a.disposalReason,
        disposalType: named.disposal,
      };
      return { id: a.id, cells: assetColumns.map((c) => cell[c.field]) };
    });
  },
};

const groups: ExportSource = {
  columns: ['id', 'name', 'description'],
  page: async (db, afterId) =>
    (
      await db
        .select()
        .from(assetGroup)
        .where(after(assetGroup.id, afterId))
        .orderBy(asc(assetGroup.id))
        .limit(PAGE)
    ).map((g) => ({
      id: g.id,
      cells: [g.id, g.name, g.description],
    })),
};

const groupItems: ExportSource = {
  columns: ['id', 'kit id', 'kit', 'name', 'description'],
  page: async (db, afterId) =>
    (
      await db
        .select({ i: groupItem, kit: assetGroup.name })
        .from(groupItem)
        .innerJoin(assetGroup, eq(assetGroup.id, groupItem.groupId))
        .where(after(groupItem.id, afterId))
        .orderBy(asc(groupItem.id))
        .limit(PAGE)
    ).map(({ i, kit }) => ({ id: i.id, cells: [i.id, i.groupId, kit, i.name, i.description] })),
};

const locations: ExportSource = {
  columns: ['id', 'name', 'area'],
  page: async (db, afterId) =>
    (
      await db
        .select()
        .from(location)
        .where(after(location.id, afterId))
        .orderBy(asc(location.id))
        .limit(PAGE)
    ).map((l) => ({
      id: l.id,
      cells: [l.id, l.name, l.area],
    })),
};

const assetTypes: ExportSource = {
  columns: ['id', 'name', 'description', 'loan period hours'],
  page: async (db, afterId) =>
    (
      await db
        .select()
        .from(assetType)
        .where(after(assetType.id, afterId))
        .orderBy(asc(assetType.id))
        .limit(PAGE)
    ).map((t) => ({
      id: t.id,
      cells: [t.id, t.name, t.description, t.loanPeriodHours],
    })),
};

const disposalTypes: ExportSource = {
  columns: ['id', 'name'],
  page: async (db, afterId) =>
    (
      await db
        .select()
        .from(disposalType)
        .where(after(disposalType.id, afterId))
        .orderBy(asc(disposalType.id))
        .limit(PAGE)
    ).map((t) => ({
      id: t.id,
      cells: [t.id, t.name],
    })),
};

export const peopleExport = people;

export const catalogueExports: Record<ExportTable, ExportSource> = {
  assets,
  groups,
  'group-items': groupItems,
  locations,
  'asset-types': assetTypes,
  'disposal-types': disposalTypes,
};

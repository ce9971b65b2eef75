/** Reading what the lending rules need, inside the transaction that acts on their decision. */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AssetFacts, KitFacts, OpenLoanLine, ScannedAsset } from '../../domain/lending/facts.js';
import { rawRows, type Tx } from '../db/database.js';

/** A label as the caller sent it. */
export type Label = { assetId: string } | { code: string };

export type LockedAsset = AssetFacts & {
  homeLocationId: string | null;
  loanPeriodHours: number | null;
};
export type OpenLine = OpenLoanLine & { lineId: string };
export type PersonRow = { id: string; name: string; lend: boolean; staff: boolean; isAdmin: boolean };

export type FactsRequest = {
  labels: readonly Label[];
  borrower: { personId: string } | { credential: string } | null;
  staffId: string | null;
  /** Accessories whose open lines matter (ticked at a return). */
  groupItemIds: readonly string[];
  /** A return needs the open lines of every member and accessory of the kits it touches. */
  kitLines: boolean;
};

export type LendingFacts = {
  scanned: ScannedAsset[];
  locked: Map<string, LockedAsset>;
  kits: KitFacts[];
  borrower: PersonRow | null;
  staff: PersonRow | null;
  openLines: OpenLine[];
};

const Row = z.object({
  assets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      groupId: z.string().nullable(),
      assetTypeId: z.string().nullable(),
      disposalDate: z.string().nullable(),
      cannotLend: z.boolean(),
      highValue: z.boolean().nullable(),
      estimatedValuePence: z.number().nullable(),
      homeLocationId: z.string().nullable(),
      loanPeriodHours: z.number().nullable(),
      codes: z.array(z.string()),
    }),
  ),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      lend: z.boolean(),
      staff: z.boolean(),
      isAdmin: z.boolean(),
      isBorrower: z.boolean(),
    }),
  ),
  kits: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      members: z.array(z.object({ id: z.string(), name: z.string(), disposed: z.boolean() })),
      items: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  lines: z.array(
    z.object({
      kind: z.enum(['asset', 'groupItem']),
      lineId: z.string(),
      thingId: z.string(),
      allocationId: z.string(),
      personId: z.string(),
      dueAt: z.string(),
    }),
  ),
});

/**
 * Lock the scanned assets and read everything the rules need about them, the borrower, the staff member
 * and their open loans, in one round trip: kitdesk_lending_facts (db/functions/lending-facts.sql) gathers them in the
 * database, where the reads after the lock see the work of any transaction it waited for. A label that
 * names no asset stays an unknown scan.
 */
export async function loadLendingFacts(tx: Tx, request: FactsRequest): Promise<LendingFacts> {
  const { labels, borrower } = request;
  const [row] = await rawRows(
    tx,
    sql`select kitdesk_lending_facts(
      ${sql.param(labels.flatMap((l) => ('assetId' in l ? [l.assetId] : [])))}::uuid[],
      ${sql.param(labels.flatMap((l) => ('code' in l ? [l.code] : [])))}::text[],
      ${borrower && 'personId' in borrower ? borrower.personId : null}::uuid,
      ${borrower && 'credential' in borrower ? borrower.credential : null}::text,
      ${request.staffId}::uuid,
      ${sql.param([...request.groupItemIds])}::uuid[],
      ${request.kitLines}::boolean
    ) as "facts"`,
  );
  const found = Row.parse((row as { facts: unknown } | undefined)?.facts);
  const locked = new Map(found.assets.map(({ codes: _, ...a }) => [a.id, a]));
  const byCode = new Map(found.assets.flatMap((a) => a.codes.map((c) => [c, a.id] as const)));
  const scanned = request.labels.map((label): ScannedAsset => {
    const id = 'assetId' in label ? label.assetId : byCode.get(label.code);
    const a = id === undefined ? undefined : locked.get(id);
    if (a) return { kind: 'asset', asset: a };
    return { kind: 'unknown', credential: 'code' in label ? label.code : label.assetId };
  });
  const personRow = (p: (typeof found.people)[number] | undefined): PersonRow | null =>
    p ? { id: p.id, name: p.name, lend: p.lend, staff: p.staff, isAdmin: p.isAdmin } : null;
  return {
    scanned,
    locked,
    kits: found.kits,
    borrower: personRow(found.people.find((p) => p.isBorrower)),
    staff: personRow(found.people.find((p) => p.id === request.staffId)),
    openLines: found.lines.map((r): OpenLine => {
      const base = {
        lineId: r.lineId,
        allocationId: r.allocationId,
        personId: r.personId,
        dueAt: new Date(r.dueAt).toISOString(),
      };
      return r.kind === 'asset'
        ? { kind: 'asset', assetId: r.thingId, ...base }
        : { kind: 'groupItem', groupItemId: r.thingId, ...base };
    }),
  };
}

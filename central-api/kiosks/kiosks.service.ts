import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { KioskEnrolmentCode, KioskView } from '../../domain/api/kiosks.js';
import { KitdeskError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { EnrolResponse } from '../../domain/sync/enrolment.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import { KIOSK_TOKEN_PREFIX } from '../auth/authenticate.js';
import { digest, newEnrolmentCode, newSecret, normaliseEnrolmentCode } from '../auth/secrets.js';
import type { Tx } from '../db/database.js';
import { kiosk } from '../db/schema/index.js';

const CODE_LIFETIME_MS = 24 * 3_600_000;

type KioskRow = typeof kiosk.$inferSelect;

function toKioskView(k: KioskRow): KioskView {
  return {
    id: k.id,
    name: k.name,
    locationId: k.locationId,
    status: k.revokedAt ? 'revoked' : k.enrolledAt ? 'enrolled' : 'awaiting_enrolment',
    enrolledAt: k.enrolledAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    createdAt: k.createdAt.toISOString(),
  };
}

function freshCode(now: Date) {
  const code = newEnrolmentCode();
  return {
    code,
    hash: digest(normaliseEnrolmentCode(code)),
    expiresAt: new Date(now.getTime() + CODE_LIFETIME_MS),
  };
}

export async function createKiosk(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  input: { name: string; locationId: string | null },
): Promise<KioskEnrolmentCode> {
  const { code, hash, expiresAt } = freshCode(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(kiosk)
      .values({
        id: newId(),
        name: input.name,
        locationId: input.locationId,
        enrolmentCodeHash: hash,
        enrolmentExpiresAt: expiresAt,
      })
      .returning();
    const view = toKioskView(row!);
    await appendAudit(tx, actor, {
      action: 'kiosk.create',
      entityType: 'kiosk',
      entityId: view.id,
      description: `Kiosk “${view.name}” was registered; its enrolment code works until ${expiresAt.toISOString()}.`,
      after: view,
    });
    return { kiosk: view, enrolmentCode: code, expiresAt: expiresAt.toISOString() };
  });
}

export async function listKiosks(ctx: Pick<AppContext, 'db'>): Promise<KioskView[]> {
  const rows = await ctx.db.select().from(kiosk).orderBy(asc(kiosk.name), asc(kiosk.id));
  return rows.map(toKioskView);
}

async function lockKiosk(tx: Tx, id: string): Promise<KioskRow> {
  const [row] = await tx.select().from(kiosk).where(eq(kiosk.id, id)).for('update');
  if (!row) throw new KitdeskError('not_found', 'There is no kiosk with this id.');
  return row;
}

/** A new one-time code, to enrol a kiosk whose code expired or whose PC was replaced. */
export async function reissueEnrolmentCode(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  id: string,
): Promise<KioskEnrolmentCode> {
  const { code, hash, expiresAt } = freshCode(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const before = await lockKiosk(tx, id);
    if (before.revokedAt) {
      throw new KitdeskError(
        'conflict',
        'This kiosk has been revoked. Register the machine again as a new kiosk.',
      );
    }
    const [row] = await tx
      .update(kiosk)
      .set({ enrolmentCodeHash: hash, enrolmentExpiresAt: expiresAt })
      .where(eq(kiosk.id, id))
      .returning();
    const view = toKioskView(row!);
    await appendAudit(tx, actor, {
      action: 'kiosk.enrolment_code',
      entityType: 'kiosk',
      entityId: id,
      description: `A new enrolment code was issued for kiosk “${view.name}”.`,
    });
    return { kiosk: view, enrolmentCode: code, expiresAt: expiresAt.toISOString() };
  });
}

export async function revokeKiosk(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  id: string,
): Promise<KioskView> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockKiosk(tx, id);
    if (before.revokedAt) return toKioskView(before);
    const [row] = await tx
      .update(kiosk)
      .set({ revokedAt: ctx.now(), enrolmentCodeHash: null, enrolmentExpiresAt: null })
      .where(eq(kiosk.id, id))
      .returning();
    const view = toKioskView(row!);
    await appendAudit(tx, actor, {
      action: 'kiosk.revoke',
      entityType: 'kiosk',
      entityId: id,
      description: `Kiosk “${view.name}” was revoked: its credential no longer works.`,
      before: toKioskView(before),
      after: view,
    });
    return view;
  });
}

/** A kiosk trades its one-time code for its own long-lived credential (replacing any earlier one). */
export async function enrolKiosk(ctx: Pick<AppContext, 'db' | 'now'>, code: string): Promise<EnrolResponse> {
  const token = newSecret(KIOSK_TOKEN_PREFIX);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(kiosk)
      .set({ tokenHash: digest(token), enrolledAt: now, enrolmentCodeHash: null, enrolmentExpiresAt: null })
      .where(
        and(
          eq(kiosk.enrolmentCodeHash, digest(normaliseEnrolmentCode(code))),
          gt(kiosk.enrolmentExpiresAt, now),
          isNull(kiosk.revokedAt),
        ),
      )
      .returning();
    if (!row) {
      throw new KitdeskError(
        'unauthenticated',
        'This enrolment code is not valid: it may have been used or have expired. Ask an admin for a new one.',
      );
    }
    await appendAudit(
      tx,
      { kind: 'kiosk', id: row.id },
      {
        action: 'kiosk.enrol',
        entityType: 'kiosk',
        entityId: row.id,
        description: `Kiosk “${row.name}” enrolled and received its credential.`,
      },
    );
    return { kioskId: row.id, name: row.name, locationId: row.locationId, token };
  });
}

import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { KitdeskError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import type { AssetDetail } from '../../domain/api/assets.js';
import type { AppContext } from '../app-context.js';
import { appendAudit } from '../audit/audit-log.js';
import type { AuditActor } from '../auth/actor.js';
import { detailOf } from '../catalogue/asset-detail.js';
import { notFound } from '../catalogue/editing.js';
import { toAsset } from '../db/rows.js';
import { asset } from '../db/schema/index.js';
import { PICTURE_TYPES, type StoredPicture } from './picture-store.js';

async function pictureKeyOf(ctx: Pick<AppContext, 'db'>, assetId: string): Promise<string | null> {
  const [row] = await ctx.db.select({ key: asset.pictureKey }).from(asset).where(eq(asset.id, assetId));
  if (!row) throw notFound('asset');
  return row.key;
}

/** What the bytes are, whatever the file was called or claimed to be. */
async function pictureType(bytes: Buffer): Promise<{ mime: string; ext: string }> {
  const detected = await fileTypeFromBuffer(bytes);
  const ext = detected ? PICTURE_TYPES[detected.mime] : undefined;
  if (!detected || !ext) {
    throw new KitdeskError(
      'validation_failed',
      `This file is ${detected ? `a ${detected.ext.toUpperCase()} file` : 'not a picture'}, whatever its name says: upload a JPEG, PNG or WebP picture.`,
      { detected: detected?.mime ?? null },
    );
  }
  return { mime: detected.mime, ext };
}

/** Swap an asset's picture key in the database, with its audit entry; the key it had before, if any. */
async function recordKey(
  ctx: Pick<AppContext, 'db' | 'now'>,
  actor: AuditActor,
  assetId: string,
  key: string | null,
) {
  return ctx.db.transaction(async (tx) => {
    const [old] = await tx.select().from(asset).where(eq(asset.id, assetId)).for('update');
    if (!old) throw notFound('asset');
    const [row] = await tx
      .update(asset)
      .set({ pictureKey: key, updatedAt: ctx.now() })
      .where(eq(asset.id, assetId))
      .returning();
    const after = toAsset(row!);
    await appendAudit(tx, actor, {
      action: key ? 'asset.picture_set' : 'asset.picture_removed',
      entityType: 'asset',
      entityId: assetId,
      description: key ? `${after.name} has a new picture.` : `${after.name} no longer has a picture.`,
      before: { pictureKey: old.pictureKey },
      after: { pictureKey: key },
    });
    return { after: await detailOf(tx, row!), previousKey: old.pictureKey };
  });
}

/** The old object goes once the database no longer names it; if that fails, only storage is wasted. */
async function forget(ctx: Pick<AppContext, 'pictures'>, key: string | null): Promise<void> {
  if (key) await ctx.pictures.delete(key).catch(() => undefined);
}

/**
 * Store a new picture under a fresh key, then point the asset at it. The key is new every time, so a
 * reader never gets half of one picture and half of another, and a failed update leaves the old one.
 */
export async function setPicture(
  ctx: Pick<AppContext, 'db' | 'now' | 'pictures'>,
  actor: AuditActor,
  assetId: string,
  bytes: Buffer,
): Promise<AssetDetail> {
  const type = await pictureType(bytes);
  await pictureKeyOf(ctx, assetId);
  const key = `assets/${assetId}/${newId()}.${type.ext}`;
  await ctx.pictures.put(key, bytes, type.mime);
  try {
    const { after, previousKey } = await recordKey(ctx, actor, assetId, key);
    await forget(ctx, previousKey);
    return after;
  } catch (err) {
    await forget(ctx, key);
    throw err;
  }
}

export async function removePicture(
  ctx: Pick<AppContext, 'db' | 'now' | 'pictures'>,
  actor: AuditActor,
  assetId: string,
): Promise<AssetDetail> {
  const { after, previousKey } = await recordKey(ctx, actor, assetId, null);
  await forget(ctx, previousKey);
  return after;
}

export async function getPicture(
  ctx: Pick<AppContext, 'db' | 'pictures'>,
  assetId: string,
): Promise<StoredPicture> {
  const key = await pictureKeyOf(ctx, assetId);
  const picture = key ? await ctx.pictures.get(key) : null;
  if (!picture) throw new KitdeskError('not_found', 'This asset has no picture yet: upload one.');
  return picture;
}

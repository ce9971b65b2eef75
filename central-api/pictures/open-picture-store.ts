import { LocalPictureStore } from './local-picture-store.js';
import type { PictureStore } from './picture-store.js';
import { S3PictureStore, type S3Settings } from './s3-picture-store.js';

/** A folder (relative to where the API starts), or an S3-compatible bucket. */
export type PictureStoreSettings = { folder: string } | { s3: S3Settings };

export function openPictureStore(settings: PictureStoreSettings): PictureStore {
  return 's3' in settings ? new S3PictureStore(settings.s3) : new LocalPictureStore(settings.folder);
}

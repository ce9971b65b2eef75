import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { contentTypeOfKey, type PictureStore, type StoredPicture } from './picture-store.js';

/**
 * Pictures as files under one folder, each key a relative path. With several API replicas the folder
 * must be shared (or S3 used), since a picture uploaded through one replica is read through any.
 */
export class LocalPictureStore implements PictureStore {
  readonly description: string;
  private readonly root: string;

  constructor(folder: string) {
    this.root = resolve(folder);
    this.description = `the folder ${this.root}`;
  }

  /** Keys are made by the API, but a path must still never leave the folder. */
  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep))
      throw new Error(`The picture key ${key} points outside ${this.root}.`);
    return path;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed, so a reader never sees half a picture.
    const partial = join(dirname(path), `.${randomBytes(6).toString('hex')}.partial`);
    await writeFile(partial, bytes);
    await rename(partial, path);
  }

  async get(key: string): Promise<StoredPicture | null> {
    try {
      return { bytes: await readFile(this.pathOf(key)), contentType: contentTypeOfKey(key) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

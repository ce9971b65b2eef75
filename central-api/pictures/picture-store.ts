/** Where asset pictures live: a folder by default, S3-compatible object storage when configured. */
export type StoredPicture = { bytes: Buffer; contentType: string };

export interface PictureStore {
  /** For logs and messages: "a local folder" or "S3 bucket x". */
  readonly description: string;
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Null when nothing is stored under the key. */
  get(key: string): Promise<StoredPicture | null>;
  /** Removing what is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** The picture types an asset may have, as their bytes identify them, with the extension their keys get. */
export const PICTURE_TYPES: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

export const contentTypeOfKey = (key: string): string =>
  Object.entries(PICTURE_TYPES).find(([, ext]) => key.endsWith(`.${ext}`))?.[0] ?? 'application/octet-stream';

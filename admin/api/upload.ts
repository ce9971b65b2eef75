import type { z } from 'zod';
import { ApiError, refusalOf, UNREACHABLE } from './http.js';

/** How far an upload has got: bytes sent of the file's size. */
export type UploadProgress = { sent: number; total: number };

/**
 * Send a file as the body of a POST and read the JSON answer. XMLHttpRequest rather than fetch, because
 * only it reports how much of the body has gone, which the import page shows as a progress bar.
 */
export function uploadFile<T extends z.ZodType>(
  schema: T,
  path: string,
  file: Blob,
  headers: Record<string, string>,
  onProgress: (progress: UploadProgress) => void,
): Promise<z.infer<T>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'text/csv');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) =>
      onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onerror = () => reject(new ApiError('unavailable', UNREACHABLE, 0));
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(refusalOf(xhr.status, xhr.responseText));
        return;
      }
      try {
        resolve(schema.parse(JSON.parse(xhr.responseText)));
      } catch (err) {
        reject(err);
      }
    };
    xhr.send(file);
  });
}

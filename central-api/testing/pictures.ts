/** Tiny real pictures (the bytes of actual 1×1 images) and a way to upload a file as a browser form does. */
import type { FastifyInstance } from 'fastify';

export const PICTURES = {
  jpeg: Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  webp: Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64'),
  gif: Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'),
};

/** PUT a file to an asset's picture as multipart/form-data, under the name and type the client claims. */
export async function uploadPicture(
  app: FastifyInstance,
  auth: Record<string, string>,
  assetId: string,
  bytes: Buffer,
  claimed: { filename: string; type: string },
) {
  const form = new FormData();
  form.append('picture', new Blob([new Uint8Array(bytes)], { type: claimed.type }), claimed.filename);
  const request = new Request('http://kitdesk.test/', { method: 'PUT', body: form });
  return app.inject({
    method: 'PUT',
    url: `/assets/${assetId}/picture`,
    headers: { ...auth, 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../domain/api/pagination.js';
import { KitdeskError } from '../../domain/errors.js';
import { AssetDetail } from '../../domain/api/assets.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { getPicture, removePicture, setPicture } from './pictures.service.js';

/** The picture's bytes as they are stored; OpenAPI shows them as a binary string. */
const PictureBytes = z.instanceof(Buffer).meta({ type: 'string', format: 'binary' });

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

const SEND_AS = 'Send the picture as multipart/form-data with one file field.';

/**
 * The one file of a multipart upload. Reading it only reads what the client sent, so whatever fails here
 * (no boundary, a truncated part, a file too large) is the upload's fault and answers 400 with a sentence.
 */
async function uploadedFile(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (!req.isMultipart()) throw new KitdeskError('validation_failed', SEND_AS);
  try {
    const file = await req.file();
    if (!file) throw new KitdeskError('validation_failed', `No file came with the upload. ${SEND_AS}`);
    return await file.toBuffer();
  } catch (err) {
    throw uploadError(err, maxBytes);
  }
}

function uploadError(err: unknown, maxBytes: number): KitdeskError {
  if (err instanceof KitdeskError) return err;
  if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
    return new KitdeskError(
      'validation_failed',
      `The picture is larger than ${megabytes(maxBytes)}: make it smaller and upload it again.`,
    );
  }
  const reason = err instanceof Error ? ` (${err.message})` : '';
  return new KitdeskError('validation_failed', `The upload could not be read${reason}. ${SEND_AS}`);
}

export const pictureRoutes: FastifyPluginAsyncZod<RouteOptions & { maxBytes: number }> = async (
  app,
  { ctx, maxBytes },
) => {
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 0 } });

  app.put(
    '/assets/:id/picture',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Upload an asset’s picture (JPEG, PNG or WebP, checked from its bytes)',
        description: `multipart/form-data with one file, at most ${megabytes(maxBytes)}. It replaces any picture the asset had.`,
        tags: ['assets'],
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: AssetDetail, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) =>
      setPicture(ctx, auditActorOf(actorOf(req)), req.params.id, await uploadedFile(req, maxBytes)),
  );

  app.get(
    '/assets/:id/picture',
    {
      config: { access: 'catalogue.read' },
      schema: {
        summary: 'An asset’s picture',
        tags: ['assets'],
        params: IdParams,
        response: {
          200: {
            description: 'The picture',
            content: {
              'image/jpeg': { schema: PictureBytes },
              'image/png': { schema: PictureBytes },
              'image/webp': { schema: PictureBytes },
            },
          },
          ...errorResponses(...signedInErrors, 404),
        },
      },
    },
    async (req, reply) => {
      const picture = await getPicture(ctx, req.params.id);
      return reply.type(picture.contentType).header('cache-control', 'private, no-cache').send(picture.bytes);
    },
  );

  app.delete(
    '/assets/:id/picture',
    {
      config: { access: 'catalogue.write' },
      schema: {
        summary: 'Remove an asset’s picture',
        tags: ['assets'],
        params: IdParams,
        response: { 200: AssetDetail, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => removePicture(ctx, auditActorOf(actorOf(req)), req.params.id),
  );
};

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiErrorBody } from '../../domain/api-error.js';
import { KitdeskError } from '../../domain/errors.js';
import { kitdeskErrorOfDatabase, UniqueValueClash } from '../db/database-errors.js';
import { errorCodeOfStatus, statusOfErrorCode } from './error-status.js';

const partOfRequest: Record<string, string> = {
  body: 'request body',
  querystring: 'query string',
  params: 'address',
  headers: 'request headers',
};

function validationError(
  err: Parameters<typeof hasZodFastifySchemaValidationErrors>[0],
): KitdeskError | null {
  if (!hasZodFastifySchemaValidationErrors(err)) return null;
  const issues = err.validation.map((v) => ({
    path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    message: v.message ?? 'is not valid',
  }));
  const where = partOfRequest[err.validationContext ?? ''] ?? 'request';
  const first = issues[0];
  const summary = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'it is not valid';
  return new KitdeskError(
    'validation_failed',
    `The ${where} is not valid (${summary}). Correct it and try again.`,
    {
      issues,
    },
  );
}

/** Every failure leaves as `{error:{code,message,details?}}` with the status its code stands for. */
/** @fastify/csrf-protection's refusals (FST_CSRF_MISSING_SECRET, FST_CSRF_INVALID_TOKEN). */
function csrfError(err: unknown): KitdeskError | null {
  if (!String((err as Partial<FastifyError>).code).startsWith('FST_CSRF_')) return null;
  return new KitdeskError(
    'forbidden',
    "This request did not carry the page's security token (CSRF). Reload the page and try again.",
  );
}

export function toKitdeskError(err: unknown): KitdeskError {
  if (err instanceof KitdeskError) return err;
  const refused = csrfError(err);
  if (refused) return refused;
  const known = validationError(err) ?? kitdeskErrorOfDatabase(err);
  if (known) return known;
  const status = (err as Partial<FastifyError>).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new KitdeskError(errorCodeOfStatus(status), (err as Error).message);
  }
  return new KitdeskError(
    'internal',
    'Something went wrong on the server. Try again; if it keeps happening, tell IT.',
  );
}

/**
 * A value that clashed goes beside the field of the request that sent it, so a form can mark that field.
 * The body has been through the route's schema, so it holds the value as it was stored.
 */
function withClashingFields(error: KitdeskError, body: unknown): KitdeskError {
  if (!(error instanceof UniqueValueClash) || error.value === null || typeof body !== 'object' || !body)
    return error;
  const paths = Object.entries(body)
    .filter(([, v]) => v === error.value)
    .map(([path]) => path);
  if (paths.length === 0) return error;
  return new KitdeskError('conflict', error.message, {
    constraint: error.constraint,
    issues: paths.map((path) => ({ path, message: error.message })),
  });
}

export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const error = withClashingFields(toKitdeskError(err), request.body);
  const status = statusOfErrorCode[error.code];
  if (status >= 500) request.log.error({ err }, 'request failed');
  const body: ApiErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
  return reply.status(status).send(body);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body: ApiErrorBody = {
    error: { code: 'not_found', message: `There is no ${request.method} ${request.url.split('?')[0]} here.` },
  };
  return reply.status(404).send(body);
}

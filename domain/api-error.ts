import { z } from 'zod';
import { errorCodes } from './errors.js';

/** The body of every non-2xx answer of the central API and every failed KioskApi call. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

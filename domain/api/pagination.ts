import { z } from 'zod';
import { Id } from '../ids.js';
import { Text } from '../text.js';

/** `?page=&pageSize=&q=` on every list: pages count from 1; `q` searches the resource's text fields. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  q: Text.min(1).max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** One page of a list and how many items the whole list has. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().nonnegative(),
  });
}
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

/** `true` / `false` in a query string. */
export const QueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

export const IdParams = z.object({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

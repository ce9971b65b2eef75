import { z } from 'zod';
import { Id } from '../ids.js';

/** A group of assets lent and returned together (the specification's "Group"). */
export const Group = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(4000).nullable(),
});
export type Group = z.infer<typeof Group>;

/** An accessory of a kit that carries no tag: confirmed on a checklist instead of scanned. */
export const GroupItem = z.object({
  id: Id,
  groupId: Id,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).nullable(),
});
export type GroupItem = z.infer<typeof GroupItem>;

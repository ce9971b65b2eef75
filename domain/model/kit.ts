import { z } from 'zod';
import { Id } from '../ids.js';
import { MultilineText, Text } from '../text.js';

/** A group of assets lent and returned together (the specification's "Group"). */
export const Group = z.object({
  id: Id,
  name: Text.min(1).max(200),
  description: MultilineText.max(4000).nullable(),
});
export type Group = z.infer<typeof Group>;

/** An accessory of a kit that carries no tag: confirmed on a checklist instead of scanned. */
export const GroupItem = z.object({
  id: Id,
  groupId: Id,
  name: Text.min(1).max(200),
  description: MultilineText.max(2000).nullable(),
});
export type GroupItem = z.infer<typeof GroupItem>;

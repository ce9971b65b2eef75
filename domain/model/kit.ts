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
  /**
   * Its place on the kit's checklist, which kiosks show in this order (0 first). A kiosk's copy from before
   * the order was kept has none: 0, so those keep the order they arrived in.
   */
  position: z.number().int().min(0).default(0),
});
export type GroupItem = z.infer<typeof GroupItem>;

import { z } from 'zod';
import { Id } from '../ids.js';
import { MultilineText, Text } from '../text.js';

export const Location = z.object({
  id: Id,
  name: Text.min(1).max(200),
  area: Text.max(200).nullable(),
});
export type Location = z.infer<typeof Location>;

export const AssetType = z.object({
  id: Id,
  name: Text.min(1).max(200),
  description: MultilineText.max(2000).nullable(),
  /** Default loan period for this type; the shortest period in a basket sets the due date. */
  loanPeriodHours: z
    .number()
    .int()
    .positive()
    .max(24 * 366)
    .nullable(),
});
export type AssetType = z.infer<typeof AssetType>;

export const DisposalType = z.object({
  id: Id,
  name: Text.min(1).max(200),
});
export type DisposalType = z.infer<typeof DisposalType>;

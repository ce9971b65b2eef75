import type { RefusalDetails } from '../../domain/api/lending.js';
import { KitdeskError } from '../../domain/errors.js';
import type { KitProgress } from '../../domain/lending/kit-progress.js';
import type { Reason } from '../../domain/lending/reasons.js';

/** A 422 whose details carry every reason, so the desk can show them all and tick the checklist. */
export function refusedByRules(
  what: 'loan' | 'return',
  refusals: Reason[],
  kits: KitProgress[],
): KitdeskError {
  const details: RefusalDetails = { refusals, kits };
  const sentences = refusals.map((r) => r.message).join(' ');
  return new KitdeskError('refused_by_rules', `The ${what} was refused. ${sentences}`, details);
}

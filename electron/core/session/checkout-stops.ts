import type { CheckoutDecision, Reason } from '../../../domain/index.js';

/** What still stops the loan: everything, less what a staff override has set aside. */
export function blocking(d: CheckoutDecision): Reason[] {
  const overridden = d.notices.some((n) => n.code === 'staff_override');
  return overridden ? d.refusals.filter((r) => !r.overridable) : d.refusals;
}

/**
 * The screen's split of what stops the loan: a kit with parts still to scan is a checklist in progress, not
 * something wrong, so it is kept apart from the refusals the pupil has to be told about.
 */
export function splitProgress(d: CheckoutDecision): { refusals: Reason[]; kitsToFinish: Reason[] } {
  const stops = blocking(d).filter((r) => r.code !== 'basket_empty');
  return {
    refusals: stops.filter((r) => r.code !== 'kit_incomplete'),
    kitsToFinish: stops.filter((r) => r.code === 'kit_incomplete'),
  };
}

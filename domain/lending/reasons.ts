import { z } from 'zod';
import { kitName } from './kit-name.js';

export const ReasonCode = z.enum([
  'credential_unknown',
  'loan_in_progress',
  'borrower_may_not_borrow',
  'borrower_has_overdue',
  'basket_empty',
  'asset_unknown',
  'asset_disposed',
  'asset_cannot_lend',
  'asset_on_loan',
  'asset_not_on_loan',
  'accessory_unknown',
  'accessory_not_on_loan',
  'accessory_on_loan',
  'high_value_needs_staff',
  'kit_incomplete',
  'staff_override',
  'partial_return',
]);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const NamedRef = z.object({ id: z.string(), name: z.string() });
export type NamedRef = z.infer<typeof NamedRef>;

/** The facts behind each reason, so the UI can show more than the sentence (e.g. tick the checklist). */
export const ReasonFacts = z.discriminatedUnion('code', [
  z.object({ code: z.literal('credential_unknown'), credential: z.string() }),
  z.object({ code: z.literal('loan_in_progress') }),
  z.object({ code: z.literal('borrower_may_not_borrow'), personId: z.string() }),
  z.object({ code: z.literal('borrower_has_overdue'), personId: z.string(), overdueCount: z.number() }),
  z.object({ code: z.literal('basket_empty') }),
  z.object({ code: z.literal('asset_unknown'), credential: z.string() }),
  z.object({ code: z.literal('asset_disposed'), asset: NamedRef }),
  z.object({ code: z.literal('asset_cannot_lend'), asset: NamedRef }),
  z.object({ code: z.literal('asset_on_loan'), asset: NamedRef, toThisBorrower: z.boolean() }),
  z.object({ code: z.literal('asset_not_on_loan'), asset: NamedRef }),
  z.object({ code: z.literal('accessory_unknown'), groupItemId: z.string() }),
  z.object({ code: z.literal('accessory_not_on_loan'), accessory: NamedRef, kit: NamedRef }),
  z.object({
    code: z.literal('accessory_on_loan'),
    accessory: NamedRef,
    kit: NamedRef,
    toThisBorrower: z.boolean(),
  }),
  z.object({ code: z.literal('high_value_needs_staff'), asset: NamedRef }),
  z.object({
    code: z.literal('kit_incomplete'),
    kit: NamedRef,
    direction: z.enum(['checkout', 'return']),
    missingAssets: z.array(NamedRef),
    unconfirmedItems: z.array(NamedRef),
  }),
  z.object({
    code: z.literal('staff_override'),
    staffId: z.string(),
    staffName: z.string(),
    reason: z.string(),
    overridden: z.array(z.string()),
  }),
  z.object({ code: z.literal('partial_return'), kit: NamedRef, stillOut: z.array(NamedRef) }),
]);
export type ReasonFacts = z.infer<typeof ReasonFacts>;

export const Reason = z.object({
  code: ReasonCode,
  message: z.string(),
  facts: ReasonFacts,
  /** Whether a staff member may lend anyway by tapping their card and giving a reason. */
  overridable: z.boolean(),
});
export type Reason = z.infer<typeof Reason>;

/** Refusals a member of staff may set aside; the rest describe things that cannot physically or lawfully go out. */
const OVERRIDABLE: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'borrower_may_not_borrow',
  'borrower_has_overdue',
  'high_value_needs_staff',
  'kit_incomplete',
]);

/** "A, B and C": names in a sentence. */
export function listNames(refs: readonly { name: string }[]): string {
  const names = refs.map((r) => r.name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The sentence a pupil reads on the kiosk: what happened and what to do next. */
export function describeReason(facts: ReasonFacts): string {
  switch (facts.code) {
    case 'credential_unknown':
      return 'We don’t recognise this card. Please ask a member of staff to register it.';
    case 'loan_in_progress':
      return 'A loan is already in progress here. Please finish or cancel it before another card is used.';
    case 'borrower_may_not_borrow':
      return 'You can’t borrow equipment at the moment. Please speak to a member of staff.';
    case 'borrower_has_overdue':
      return facts.overdueCount === 1
        ? 'You have an overdue item. Please return it before borrowing more.'
        : `You have ${facts.overdueCount} overdue items. Please return them before borrowing more.`;
    case 'basket_empty':
      return 'Nothing has been scanned yet. Scan the label on each item.';
    case 'asset_unknown':
      return `We don’t recognise the label “${facts.credential}”. Please hand the item to a member of staff.`;
    case 'asset_disposed':
      return `${facts.asset.name} has been taken out of service and can’t be lent. Please hand it to a member of staff.`;
    case 'asset_cannot_lend':
      return `${facts.asset.name} is not for loan. Please leave it where it is kept.`;
    case 'asset_on_loan':
      return facts.toThisBorrower
        ? `You already have ${facts.asset.name} on loan.`
        : `${facts.asset.name} is still on loan to someone else. Please hand it to a member of staff.`;
    case 'asset_not_on_loan':
      return `${facts.asset.name} is not on loan, so there is nothing to return.`;
    case 'accessory_unknown':
      return 'One of the ticked accessories is no longer in the catalogue. Untick it and ask an admin whether it was removed from its kit.';
    case 'accessory_not_on_loan':
      return `The ${facts.accessory.name} of the ${kitName(facts.kit.name)} is not on loan, so there is nothing to return: untick it.`;
    case 'accessory_on_loan':
      return facts.toThisBorrower
        ? `You already have the ${facts.accessory.name} of the ${kitName(facts.kit.name)} on loan, so it can’t go out again: untick it.`
        : `The ${facts.accessory.name} of the ${kitName(facts.kit.name)} is still out on another loan, so it can’t go out with the kit: untick it.`;
    case 'high_value_needs_staff':
      return `${facts.asset.name} is high-value equipment. A member of staff needs to tap their card to approve it.`;
    case 'kit_incomplete': {
      const parts: string[] = [];
      if (facts.missingAssets.length > 0) parts.push(`scan ${listNames(facts.missingAssets)}`);
      if (facts.unconfirmedItems.length > 0) parts.push(`tick ${listNames(facts.unconfirmedItems)}`);
      const verb = facts.direction === 'checkout' ? 'goes out' : 'comes back';
      return `The ${kitName(facts.kit.name)} ${verb} complete: please ${parts.join(' and ')}.`;
    }
    case 'staff_override':
      return `Approved by ${facts.staffName}: ${facts.reason}`;
    case 'partial_return':
      return `Part of the ${kitName(facts.kit.name)} stays on loan: ${listNames(facts.stillOut)}.`;
    default: {
      const unreachable: never = facts;
      return unreachable;
    }
  }
}

export function reason(facts: ReasonFacts): Reason {
  return {
    code: facts.code,
    message: describeReason(facts),
    facts,
    overridable: OVERRIDABLE.has(facts.code),
  };
}

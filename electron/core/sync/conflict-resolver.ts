import { CheckoutResponse, RefusalDetails, ReturnResponse } from '../../../domain/api/lending.js';
import {
  Asset,
  KitdeskError,
  listNames,
  newId,
  type Conflict,
  type ConflictAction,
  type StandingLoan,
} from '../../../domain/index.js';
import type { Clock } from '../session/clock.js';
import type { StaffSession } from '../staff/staff-session.js';
import type { SyncLedger } from '../store/sync-ledger.js';

type Deps = {
  ledger: SyncLedger;
  staff: StaffSession;
  clock: Clock;
  /** Pulls at once, so the kiosk's copy shows what the central system now holds. */
  afterChange: () => void;
};

function returnedFrom(standing: readonly StandingLoan[]): string {
  const borrowers = [...new Set(standing.map((l) => l.borrower.name))];
  return `Recorded the return of ${listNames(standing.map((l) => l.asset))} from ${listNames(borrowers.map((name) => ({ name })))}`;
}

function alreadyIn(err: unknown): boolean {
  if (!(err instanceof KitdeskError) || err.code !== 'refused_by_rules') return false;
  const details = RefusalDetails.safeParse(err.details);
  return details.success && details.data.refusals.every((r) => r.code === 'asset_not_on_loan');
}

/**
 * Puts a refused event right on the central system as the signed-in member of staff, so the central audit
 * names them, then marks it resolved with what was done, by whom and when.
 */
export class ConflictResolver {
  constructor(private readonly d: Deps) {}

  async resolve(id: string, action: ConflictAction): Promise<Conflict[]> {
    const conflict = this.d.ledger.conflict(id);
    if (!conflict)
      throw new KitdeskError('not_found', 'That refused loan or return is no longer on the list.');
    if (conflict.status === 'resolved') return this.d.ledger.conflicts();
    const by = this.d.staff.view();
    if (!by) throw new KitdeskError('unauthenticated', 'Sign in as a member of staff to put this right.');
    const resolution = await this.act(conflict, action);
    this.d.ledger.resolveConflict(id, {
      resolution,
      by: by.name,
      at: new Date(this.d.clock.now()).toISOString(),
    });
    return this.d.ledger.conflicts();
  }

  private async act(conflict: Conflict, action: ConflictAction): Promise<string> {
    switch (action.kind) {
      case 'return-standing':
        await this.returnStanding(conflict);
        return `${returnedFrom(conflict.standing)}.`;
      case 'lend-to-borrower': {
        const borrower = conflict.borrower;
        if (conflict.kind !== 'checkout' || !borrower)
          throw new KitdeskError('conflict', 'Only a refused loan can be lent again.');
        const returned =
          conflict.standing.length > 0
            ? `${returnedFrom(conflict.standing)} and lent it`
            : `Lent ${listNames(conflict.assets)}`;
        await this.returnStanding(conflict);
        await this.lendAgain(conflict, borrower.id);
        return `${returned} to ${borrower.name}.`;
      }
      case 'mark-found':
        await this.markFound(conflict);
        return `Marked ${listNames(conflict.assets)} as found here.`;
      case 'reason':
        return action.reason;
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
  }

  /** Closes the loans the central system holds for the items, at this station (or each item's home). */
  private async returnStanding(conflict: Conflict): Promise<void> {
    if (conflict.standing.length === 0) return;
    const assetIds = conflict.standing.map((l) => l.asset.id);
    const locationId = await this.whereItIs(assetIds[0]!);
    try {
      // Partial: a kit part set right alone leaves the rest of the other borrower's kit on their loan.
      await this.d.staff.call(ReturnResponse, 'POST', 'returns', {
        items: assetIds.map((assetId) => ({ assetId })),
        partial: true,
        locationId,
      });
    } catch (err) {
      // Closed meanwhile (in the console, or by an earlier try whose loan then failed): the aim is met.
      if (!alreadyIn(err)) throw err;
    }
    this.d.afterChange();
  }

  private async lendAgain(conflict: Conflict, personId: string): Promise<void> {
    const payload = this.d.ledger.refusedPayload(conflict.eventId);
    await this.d.staff.call(CheckoutResponse, 'POST', 'loans', {
      allocationId: newId(),
      borrower: { personId },
      items: conflict.assets.map((a) => ({ assetId: a.id })),
      confirmedGroupItemIds: payload?.type === 'checkout' ? payload.groupItemIds : [],
      overrideReason: `Lent at ${conflict.kioskName ?? 'a kiosk'} while it could not reach the central system; put right from Needs attention.`,
    });
    this.d.afterChange();
  }

  private async markFound(conflict: Conflict): Promise<void> {
    for (const a of conflict.assets) {
      const locationId = await this.whereItIs(a.id);
      await this.d.staff.call(Asset, 'PATCH', `assets/${a.id}`, { locationId });
    }
    this.d.afterChange();
  }

  private async whereItIs(assetId: string): Promise<string> {
    const here = this.d.ledger.state().locationId;
    if (here) return here;
    const asset = await this.d.staff.call(Asset, 'GET', `assets/${assetId}`);
    const home = asset.homeLocationId ?? asset.locationId;
    if (!home)
      throw new KitdeskError(
        'conflict',
        `This kiosk has no location and ${asset.name} has no home location, so the central system cannot say where it is: give the kiosk a location in the console first.`,
      );
    return home;
  }
}

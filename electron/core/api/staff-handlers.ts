import { GroupDetail } from '../../../domain/api/kits.js';
import { LocationsPage } from '../../../domain/api/reference.js';
import { LoanReminderSent } from '../../../domain/api/reminders.js';
import {
  AssetTypeUtilisationReport,
  LoansOverTimeReport,
  OverdueReport,
} from '../../../domain/api/reports.js';
import { Asset, Group, Person, type StaffSessionView } from '../../../domain/index.js';
import { allPages, LARGEST_PAGE } from '../staff/all-pages.js';
import type { StaffSession } from '../staff/staff-session.js';
import type { KioskHandlers } from './dispatch.js';

type StaffMethods = Extract<keyof KioskHandlers, `staff.${string}`>;

/** The staff area's calls: each is the signed-in member of staff's own request to the central API. */
export function createStaffHandlers(
  staff: StaffSession,
  cardSignIn: (pin: string) => Promise<StaffSessionView>,
): Pick<KioskHandlers, StaffMethods> {
  return {
    'staff.signIn': ({ email, password }) => staff.signIn(email, password),
    'staff.signInWithPin': ({ pin }) => cardSignIn(pin),
    'staff.signOut': () => {
      staff.signOut();
      return { ok: true };
    },
    'staff.session': () => staff.view(),
    'staff.person': ({ id }) => staff.call(Person, 'GET', `people/${id}`),
    'staff.updatePerson': ({ id, patch }) => staff.call(Person, 'PATCH', `people/${id}`, patch),
    'staff.asset': ({ id }) => staff.call(Asset, 'GET', `assets/${id}`),
    'staff.updateAsset': ({ id, patch }) => staff.call(Asset, 'PATCH', `assets/${id}`, patch),
    'staff.locations': () =>
      allPages((page) => staff.call(LocationsPage, 'GET', `locations?page=${page}&pageSize=${LARGEST_PAGE}`)),
    'staff.kit': ({ id }) => staff.call(GroupDetail, 'GET', `groups/${id}`),
    'staff.updateKit': ({ id, patch }) => staff.call(Group, 'PATCH', `groups/${id}`, patch),
    'staff.overdue': () => staff.call(OverdueReport, 'GET', 'reports/overdue'),
    'staff.remind': ({ allocationId }) =>
      staff.call(LoanReminderSent, 'POST', `loans/${allocationId}/remind`),
    'staff.loansOverTime': ({ interval }) =>
      staff.call(LoansOverTimeReport, 'GET', `reports/loans-over-time?interval=${interval}`),
    'staff.utilisationByType': () =>
      staff.call(AssetTypeUtilisationReport, 'GET', 'reports/utilisation/asset-types'),
  };
}

/** Records and reports as the central API answers them, for the staff area's unit tests. */
import type { GroupDetail } from '../../domain/api/kits.js';
import type { LoanReminderSent } from '../../domain/api/reminders.js';
import type {
  AssetTypeUtilisationReport,
  LoansOverTimeReport,
  OverdueReport,
} from '../../domain/api/reports.js';
import type { Asset } from '../../domain/model/asset.js';
import { anAssetRow } from '../../domain/testing/catalogue-builders.js';
import type { Person } from '../../domain/model/person.js';
import type { Location } from '../../domain/model/reference.js';

export const ids = {
  person: '5a0e7d42-6c1f-4b8e-9a3d-2f1c0b9e8d71',
  asset: '7b1f8e53-7d20-4c9f-8b4e-3a2d1c0f9e82',
  kit: '8c2a9f64-8e31-4da0-9c5f-4b3e2d1a0f93',
  loan: '9d3b0a75-9f42-4eb1-8d60-5c4f3e2b1a04',
  type: 'ae4c1b86-a053-4fc2-9e71-6d5a4f3c2b15',
  location: 'bf5d2c97-b164-4ad3-8f82-7e6b5a4d3c26',
  email: 'c06e3da8-c275-4be4-9a93-8f7c6b5e4d37',
} as const;

export function person(over: Partial<Person> = {}): Person {
  return {
    id: ids.person,
    name: 'Amira Khan',
    email: null,
    department: 'Media Studies',
    school: 'Belmont',
    lend: true,
    staff: false,
    isAdmin: false,
    canLogIn: false,
    rfid: '67003B51C6',
    barcode: null,
    leftAt: null,
    erasedAt: null,
    ...over,
  };
}

export function asset(over: Partial<Asset> = {}): Asset {
  return anAssetRow({ id: ids.asset, barcode: 'KD-00001', manufacturer: 'Canon', ...over });
}

export function kit(over: Partial<GroupDetail> = {}): GroupDetail {
  return {
    id: ids.kit,
    name: 'Zoom H5 sound',
    description: null,
    members: [{ id: ids.asset, name: 'Zoom H5 recorder', barcode: null, loan: null }],
    items: [
      { id: ids.loan, groupId: ids.kit, name: 'Windshield', description: null, position: 0, loan: null },
    ],
    ...over,
  };
}

export function overdueReport(over: Partial<OverdueReport> = {}): OverdueReport {
  return {
    asOf: '2026-11-24T09:00:00.000Z',
    emailReminders: true,
    loans: [
      {
        allocationId: ids.loan,
        borrower: { id: ids.person, name: 'Jamie Ellis', school: 'Belmont', department: 'Media Studies' },
        outAt: '2026-11-14T21:00:00.000Z',
        dueAt: '2026-11-21T21:00:00.000Z',
        daysOverdue: 3,
        assets: [{ id: ids.asset, name: 'Zoom H5 recorder', assetTypeName: 'Audio' }],
        accessories: [{ id: ids.kit, name: 'Windshield' }],
      },
    ],
    ...over,
  };
}

export function loansOverTime(over: Partial<LoansOverTimeReport> = {}): LoansOverTimeReport {
  return {
    interval: 'week',
    from: '2026-11-10',
    to: '2026-11-23',
    buckets: ['2026-11-10', '2026-11-17'],
    loans: [2, 5],
    series: [
      { assetTypeId: ids.type, assetTypeName: 'Cameras', items: [1, 4] },
      { assetTypeId: null, assetTypeName: 'No type', items: [3, 0] },
    ],
    ...over,
  };
}

export function utilisation(over: Partial<AssetTypeUtilisationReport> = {}): AssetTypeUtilisationReport {
  return {
    from: '2026-10-26',
    to: '2026-11-24',
    periodHours: 720,
    assetTypes: [
      {
        assetTypeId: ids.type,
        assetTypeName: 'Cameras',
        assets: 2,
        onLoanHours: 540,
        availableHours: 1440,
        share: 0.375,
      },
      {
        assetTypeId: null,
        assetTypeName: 'No type',
        assets: 1,
        onLoanHours: 0,
        availableHours: 720,
        share: 0,
      },
    ],
    ...over,
  };
}

export function location(over: Partial<Location> = {}): Location {
  return { id: ids.location, name: 'Drama studio', area: 'MHS', ...over };
}

export function reminderSent(over: Partial<LoanReminderSent> = {}): LoanReminderSent {
  return {
    emailId: ids.email,
    allocationId: ids.loan,
    personId: ids.person,
    recipient: 'jamie.ellis@school.test',
    sentAt: '2026-11-24T09:31:00.000Z',
    ...over,
  };
}

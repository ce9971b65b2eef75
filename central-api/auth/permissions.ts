import type { Role } from '../../domain/model/role.js';

/** Which roles hold each permission. Admin implies staff (see rolesOfPerson), so admins hold staff's too. */
export const permissionRoles = {
  'account.read': ['borrower', 'staff', 'admin'],
  'account.staff_pin': ['staff', 'admin'],
  'catalogue.read': ['staff', 'admin'],
  'catalogue.write': ['staff', 'admin'],
  'people.read': ['staff', 'admin'],
  'people.write': ['staff', 'admin'],
  'people.manage_access': ['admin'],
  'people.bulk': ['admin'],
  'privacy.manage': ['admin'],
  'reminders.manage': ['admin'],
  'reminders.send': ['staff', 'admin'],
  'lending.lend': ['staff', 'admin'],
  'history.read': ['staff', 'admin'],
  'reports.read': ['staff', 'admin'],
  'audit.verify': ['admin'],
  'kiosks.manage': ['admin'],
  'kiosks.staff_sign_in': ['kiosk'],
  'sync.pull': ['kiosk', 'admin'],
  'sync.push': ['kiosk'],
  'kiosks.identify': ['kiosk'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissionRoles;

/** Phrases for "Your account may not …" */
const whatItAllows: Record<Permission, string> = {
  'account.read': 'see an account',
  'account.staff_pin': 'set a staff PIN',
  'catalogue.read': 'see the catalogue',
  'catalogue.write': 'change the catalogue',
  'people.read': 'see people',
  'people.write': 'change people',
  'people.manage_access': 'change who may sign in or what they may do',
  'people.bulk': 'import or export people in bulk',
  'privacy.manage': 'export or erase the data held about a person',
  'reminders.manage': 'run the reminder emails or see the emails sent',
  'reminders.send': 'email a borrower a reminder about an overdue loan',
  'lending.lend': 'lend or take back equipment',
  'history.read': 'see the history of people and equipment',
  'reports.read': 'see reports',
  'audit.verify': 'check the audit trail',
  'kiosks.manage': 'manage kiosks',
  'kiosks.staff_sign_in': 'sign staff in with a card and PIN',
  'sync.pull': 'download the catalogue',
  'sync.push': 'send kiosk events',
  'kiosks.identify': 'ask which kiosk it is',
};

export function mayDo(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissionRoles[permission];
  return roles.some((r) => allowed.includes(r));
}

export function refusalOf(permission: Permission): string {
  return `Your account may not ${whatItAllows[permission]}. Ask an administrator if you need to.`;
}

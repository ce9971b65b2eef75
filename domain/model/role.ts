import { z } from 'zod';

export const Role = z.enum(['admin', 'staff', 'borrower', 'kiosk']);
export type Role = z.infer<typeof Role>;

/** The roles a person holds: everyone may be a borrower, staff add staff, and admin implies staff. */
export function rolesOfPerson(person: { staff: boolean; isAdmin: boolean }): Role[] {
  const roles: Role[] = ['borrower'];
  if (person.staff || person.isAdmin) roles.push('staff');
  if (person.isAdmin) roles.push('admin');
  return roles;
}

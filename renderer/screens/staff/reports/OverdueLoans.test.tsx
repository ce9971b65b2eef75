// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeKioskApi, ok } from '../../../testing/fake-kiosk-api.js';
import { renderWithStores } from '../../../testing/render-with-stores.js';
import { overdueReport } from '../../../testing/staff-records.js';
import { OverdueLoans } from './OverdueLoans.js';

afterEach(cleanup);

describe('the overdue loans report', () => {
  it('offers a reminder for each loan when the central system can send email', async () => {
    renderWithStores(fakeKioskApi({ 'staff.overdue': () => ok(overdueReport()) }), <OverdueLoans />);
    expect(await screen.findByRole('button', { name: 'Send reminder' })).toBeTruthy();
    expect(screen.queryByText(/no email set up/)).toBeNull();
  });

  it('offers none without email, and says so once in plain words', async () => {
    const report = overdueReport({ emailReminders: false });
    renderWithStores(fakeKioskApi({ 'staff.overdue': () => ok(report) }), <OverdueLoans />);
    expect(await screen.findByText(/the central system has no email set up/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send reminder' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Reminder' })).toBeNull();
    expect(screen.getByRole('row', { name: /Jamie Ellis/ }).textContent).toContain('21 Nov');
  });
});

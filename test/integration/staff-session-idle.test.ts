import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startCentral, type Central } from './support/central.js';
import { ManualClock } from '../../electron/core/testing/manual-clock.js';
import { StaffSession } from '../../electron/core/staff/staff-session.js';

describe('StaffSession', () => {
  let central: Central;
  beforeAll(async () => {
    central = await startCentral('pglite');
  });
  afterAll(async () => {
    await central.close();
  });

  it('ends by itself after ten idle minutes, so the next person at the screen cannot use it', async () => {
    const clock = new ManualClock(Date.now());
    const staff = new StaffSession(() => central.url, clock);
    await staff.signIn(ADMIN.email, ADMIN.password);
    clock.advance(9 * 60_000);
    expect(staff.view()?.name).toBe('Admin');
    clock.advance(10 * 60_000 + 1);
    expect(staff.view()).toBeNull();
  });
});

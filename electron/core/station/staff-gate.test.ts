import { describe, expect, it } from 'vitest';
import { person } from '../testing/catalogue-fixture.js';
import { ManualClock } from '../testing/manual-clock.js';
import { StaffGate } from './staff-gate.js';

describe('StaffGate', () => {
  it('opens for five minutes after a staff card, never for a pupil', () => {
    const clock = new ManualClock();
    const gate = new StaffGate(clock);
    gate.seen(person({ staff: false }));
    expect(() => gate.require('close the kiosk')).toThrow(/Only a member of staff can close the kiosk/);
    gate.seen(person({ staff: true }));
    expect(gate.present()).toBe(true);
    clock.advance(5 * 60_000);
    expect(gate.present()).toBe(true);
    clock.advance(1);
    expect(gate.present()).toBe(false);
  });

  it('counts admins as staff', () => {
    const gate = new StaffGate(new ManualClock());
    gate.seen(person({ staff: false, isAdmin: true }));
    expect(gate.present()).toBe(true);
  });
});

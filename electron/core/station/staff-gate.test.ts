import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { person } from '../testing/catalogue-fixture.js';
import { label, tap } from '../testing/credentials.js';
import { ManualClock } from '../testing/manual-clock.js';
import { testGate } from '../testing/test-gate.js';

/** A PIN hashed in the central API's format (scrypt$N$r$p$salt$key), with small parameters for speed. */
function hashed(pin: string): string {
  const salt = Buffer.from('0123456789abcdef');
  const key = scryptSync(pin, salt, 64, { N: 1024, r: 8, p: 1 });
  return ['scrypt', 1024, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

function setup(authoritySeconds = 120) {
  const clock = new ManualClock();
  const teacher = person({ name: 'Ms Okafor', staff: true, barcode: 'S-1001', rfid: '4B00423C15' });
  let changes = 0;
  const gate = testGate(clock, {
    authoritySeconds,
    pinHashOf: (id) => (id === teacher.id ? hashed('2468') : null),
    onChange: () => changes++,
  });
  const flow = { id: 'session-1' };
  gate.follow({
    authority: {
      get sessionId() {
        return flow.id;
      },
    },
  });
  return { clock, teacher, gate, flow, changes: () => changes };
}

describe('StaffGate', () => {
  it('a staff tap gives authority on its session; a pupil’s card never does', () => {
    const { gate, teacher, flow } = setup();
    gate.cardSeen(person({ staff: false }), tap('67003B51C6'), flow.id);
    expect(() => gate.require('close the kiosk')).toThrow(/Only a member of staff can close the kiosk/);
    gate.cardSeen(teacher, tap('4B00423C15'), flow.id);
    expect(gate.present()).toMatchObject({ name: 'Ms Okafor', via: 'tap', card: '4B00423C15' });
    expect(() => gate.require('close the kiosk')).not.toThrow();
  });

  it('counts admins as staff', () => {
    const { gate, flow } = setup();
    gate.cardSeen(person({ staff: false, isAdmin: true }), tap('0F0184F07A'), flow.id);
    expect(gate.present()).not.toBeNull();
  });

  it('belongs to the session it was given in: the next session has none', () => {
    const { gate, teacher, flow } = setup();
    gate.cardSeen(teacher, tap('4B00423C15'), flow.id);
    flow.id = 'session-2';
    expect(gate.present()).toBeNull();
    expect(gate.view('session-2')).toEqual({ holder: null, pinWanted: null });
    expect(() => gate.require('change the devices')).toThrow(/tap a staff card first/);
  });

  it('lapses after STAFF_AUTHORITY_SECONDS within the session, and says so when it does', () => {
    const { gate, teacher, flow, clock, changes } = setup(120);
    gate.cardSeen(teacher, tap('4B00423C15'), flow.id);
    const before = changes();
    clock.advance(119_999);
    expect(gate.present()).not.toBeNull();
    clock.advance(1);
    expect(gate.present()).toBeNull();
    expect(changes()).toBe(before + 1);
  });

  it('a staff barcode alone gives nothing; with the right PIN it gives authority', async () => {
    const { gate, teacher, flow } = setup();
    gate.cardSeen(teacher, label('S-1001'), flow.id);
    expect(gate.present()).toBeNull();
    expect(gate.view(flow.id).pinWanted).toEqual({ name: 'Ms Okafor', lockedUntil: null });
    await gate.enterPin('2468');
    expect(gate.present()).toMatchObject({ name: 'Ms Okafor', via: 'pin', card: 'S-1001' });
    expect(gate.view(flow.id).pinWanted).toBeNull();
  });

  it('a PIN typed after its session ended opens nothing', async () => {
    const { gate, teacher, flow } = setup();
    gate.cardSeen(teacher, label('S-1001'), flow.id);
    flow.id = 'session-2';
    await expect(gate.enterPin('2468')).rejects.toThrow(/No staff card is waiting for a PIN/);
    expect(gate.present()).toBeNull();
  });

  it('locks a card after five wrong PINs, refusing even the right one, until the lock ends', async () => {
    const { gate, teacher, flow, clock } = setup();
    gate.cardSeen(teacher, label('S-1001'), flow.id);
    for (let left = 4; left >= 1; left--) {
      await expect(gate.enterPin('0000')).rejects.toThrow(
        `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left`,
      );
    }
    await expect(gate.enterPin('0000')).rejects.toMatchObject({
      code: 'rate_limited',
      message: expect.stringContaining('locked for 15 more minutes'),
    });
    await expect(gate.enterPin('2468')).rejects.toMatchObject({ code: 'rate_limited' });
    expect(gate.view(flow.id).pinWanted?.lockedUntil).toBe(clock.now() + 15 * 60_000);
    expect(gate.present()).toBeNull();
    clock.advance(15 * 60_000);
    await gate.enterPin('2468');
    expect(gate.present()?.via).toBe('pin');
  });

  it('a right PIN clears the count of wrong ones', async () => {
    const { gate, teacher, flow } = setup();
    gate.cardSeen(teacher, label('S-1001'), flow.id);
    for (let i = 0; i < 4; i++) await expect(gate.enterPin('0000')).rejects.toThrow(/not right/);
    await gate.enterPin('2468');
    gate.cardSeen(teacher, label('S-1001'), flow.id);
    await expect(gate.enterPin('0000')).rejects.toThrow('4 tries left');
  });

  it('a member of staff with no PIN is told to tap instead', async () => {
    const { gate, flow } = setup();
    gate.cardSeen(person({ name: 'Mr Hale', staff: true }), label('S-2002'), flow.id);
    await expect(gate.enterPin('1234')).rejects.toThrow(
      'Mr Hale has no staff PIN yet: tap your card instead',
    );
  });
});

import type { Clock } from '../session/clock.js';
import { StaffGate } from '../station/staff-gate.js';

/** A real staff gate for one flow under test; `follow` points it at that flow's current session. */
export function testGate(
  clock: Clock,
  o: {
    pinHashOf?: (personId: string) => string | null;
    authoritySeconds?: number;
    onChange?: () => void;
  } = {},
) {
  let current = () => '';
  const gate = new StaffGate({
    clock,
    authoritySeconds: o.authoritySeconds ?? 120,
    currentSession: () => current(),
    pinHashOf: o.pinHashOf ?? (() => null),
    onChange: o.onChange ?? (() => {}),
  });
  return Object.assign(gate, {
    follow(flow: { authority: { sessionId: string } }) {
      current = () => flow.authority.sessionId;
    },
  });
}

/**
 * A kiosk core in its own process, driven over IPC, so a test can SIGKILL it mid-burst like a pulled plug.
 * Messages in: {checkout: {card, label}}. Messages out: {ready} once open, {receipt: allocationId} after each
 * loan is on disk (that is when the screen would show it), {refused: message} otherwise.
 */
import { openKioskCore } from '../../../electron/core/index.js';
import { label, tap } from '../../../electron/core/testing/credentials.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: kiosk-worker <dataDir>');
const send = (m: unknown) => process.send?.(m);

const core = await openKioskCore({ dataDir });
// One pupil at the screen at a time: each checkout runs start to finish before the next begins.
let line: Promise<void> = Promise.resolve();
process.on('message', (m: { checkout?: { card: string; label: string } }) => {
  const order = m.checkout;
  if (!order) return;
  line = line.then(async () => {
    await core.feed(tap(order.card));
    await core.feed(label(order.label));
    const r = await core.handlers['session.confirm']({});
    if (r.phase === 'receipt' && r.receipt) send({ receipt: r.receipt.allocationId });
    else send({ refused: r.lastScan?.message ?? 'refused' });
  });
});
send({ ready: true });

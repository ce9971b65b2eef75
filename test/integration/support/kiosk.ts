import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKioskCore, type KioskCore } from '../../../electron/core/index.js';
import { label, tap } from '../../../electron/core/testing/credentials.js';

export function kioskDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kitdesk-kiosk-it-'));
}

/** A kiosk core on its own SQLite file, enrolled with the central API and fully synced. */
export async function enrolledKiosk(
  apiUrl: string,
  code: string,
  dataDir = kioskDataDir(),
): Promise<KioskCore> {
  const core = await openKioskCore({ dataDir, sync: { pollMs: 60_000 } });
  const r = await core.handlers['station.enrol']({ apiUrl, code });
  if (r.firstRun) throw new Error('the kiosk did not enrol');
  return core;
}

/** A pupil taps, scans the labels, ticks accessories and presses Borrow. */
export async function checkout(core: KioskCore, card: string, labels: string[], tick: string[] = []) {
  await core.feed(tap(card));
  for (const l of labels) await core.feed(label(l));
  for (const id of tick) await core.handlers['session.tickItem']({ groupItemId: id, confirmed: true });
  return core.handlers['session.confirm']({});
}

/**
 * A loan the central API really refuses. The kiosk and a second kiosk both lose the API; each lends the
 * camera from its own copy of the catalogue, which still says the camera is in; the second kiosk's loan
 * reaches the server first. When the kiosk syncs, the server refuses its loan (asset_on_loan) and the
 * kiosk puts it on its needs-attention list.
 *
 * The order holds because the kiosk's clock is a ManualClock: its retry timers never fire by themselves,
 * so it pushes only when told to here, or when the server announces the second kiosk's loan.
 */
import { rmSync } from 'node:fs';
import type { KioskCore } from '../../../electron/core/index.js';
import { enrolmentCode, type Central } from '../../integration/support/central.js';
import { checkout, enrolledKiosk, kioskDataDir } from '../../integration/support/kiosk.js';
import type { E2eSchool } from './e2e-school.js';

type Parts = {
  central: Central;
  core: KioskCore;
  school: E2eSchool;
  tapCard(rfid: string): Promise<void>;
  scanLabel(text: string): Promise<void>;
};

export async function refuseALoanOf({ central, core, school, tapCard, scanLabel }: Parts): Promise<void> {
  const { pupil, teacher, camera } = school;
  const otherDir = kioskDataDir();
  const other = await enrolledKiosk(central.url, await enrolmentCode(central, 'Library kiosk'), otherDir);
  try {
    // The kiosk pulls after the second kiosk's enrolment, so nothing new is waiting for it on the server.
    await core.handlers['sync.now']({});
    await central.stop();

    await tapCard(pupil.rfid);
    await scanLabel(camera.barcode);
    const lent = await core.handlers['session.confirm']({});
    if (lent.phase !== 'receipt')
      throw new Error(`The kiosk did not lend the camera: ${lent.lastScan?.message}`);
    await core.handlers['session.cancel']({});
    if ((await checkout(other, teacher.rfid, [camera.barcode])).phase !== 'receipt')
      throw new Error('The second kiosk did not lend the camera.');
    // Its receipt would otherwise time out on a real timer after the kiosk is closed.
    await other.handlers['session.cancel']({});

    await central.restart();
    const first = await other.handlers['sync.now']({});
    if (first.pendingEvents !== 0 || first.openConflicts !== 0)
      throw new Error(`The second kiosk's loan did not stand: ${JSON.stringify(first)}`);
    const refused = await core.handlers['sync.now']({});
    if (refused.pendingEvents !== 0 || refused.openConflicts !== 1)
      throw new Error(`The server did not refuse the kiosk's loan: ${JSON.stringify(refused)}`);
  } finally {
    await other.close();
    rmSync(otherDir, { recursive: true, force: true });
  }
}

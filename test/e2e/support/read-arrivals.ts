/**
 * Tells when a read from a device has reached the kiosk core. The reader and the scanner are separate
 * ports, so a scan written right after a tap can overtake it; a person never moves that fast. Waiting for
 * each read to arrive keeps input in the order a test writes it: everything later queues behind it.
 */
import type { KioskCore } from '../../../electron/core/index.js';

const ARRIVAL_TIMEOUT_MS = 5_000;

type Waiter = { deviceId: string; canonical: string; arrived: () => void };

export class ReadArrivals {
  private readonly waiting = new Set<Waiter>();
  readonly stop: () => void;

  constructor(core: KioskCore) {
    this.stop = core.subscribe((m) => {
      if (m.event !== 'device' || m.data.type !== 'credential') return;
      const { deviceId, credential } = m.data;
      for (const w of this.waiting) {
        if (w.deviceId === deviceId && w.canonical === credential.canonical) w.arrived();
      }
    });
  }

  /** Runs `write` and resolves once `deviceId` has reported `canonical` to the core. */
  async after(deviceId: string, canonical: string, write: () => unknown): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiter: Waiter | undefined;
    const arrival = new Promise<void>((resolve, reject) => {
      waiter = { deviceId, canonical, arrived: resolve };
      timer = setTimeout(
        () => reject(new Error(`${deviceId} did not report ${canonical} within ${ARRIVAL_TIMEOUT_MS} ms.`)),
        ARRIVAL_TIMEOUT_MS,
      );
    });
    this.waiting.add(waiter!);
    try {
      await write();
      await arrival;
    } finally {
      clearTimeout(timer);
      this.waiting.delete(waiter!);
    }
  }
}

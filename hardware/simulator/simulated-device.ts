import type { DeviceConfig } from '../../domain/devices/device-config.js';
import type { SimulateAction } from '../../domain/devices/service-messages.js';
import { KitdeskError } from '../../domain/errors.js';
import { splitAimPrefix } from '../barcode/aim.js';
import type { DevicePipeline } from '../pipeline/device-pipeline.js';
import {
  hidPosReports,
  keyboardReports,
  parallaxFrame,
  pn532TargetResponse,
  rdm6300Frame,
  scannerLine,
} from './protocol-encoders.js';

/** The cards a demo tap presents when none is named: the EM4100 of python-rdm6300's tests, a MIFARE UID. */
const DEMO_EM4100 = '67003B51C6';
const DEMO_UID = '901F2AA4';
/** What a keyboard-mode or line card reader types for the demo EM4100 card: its printed number. */
const DEMO_TYPED_CARD = '0003887558';

/** How a repeating reader sees a tap: the same frame a few times, as while the card passes the antenna. */
const TAP_REPEATS = 3;

/**
 * A device with no hardware that produces its protocol's real bytes and feeds them through the same
 * pipeline and decoders a real one uses: demos, training and machines without readers.
 */
export class SimulatedDevice {
  private timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly device: DeviceConfig,
    private readonly pipeline: DevicePipeline,
  ) {}

  start(): void {
    this.pipeline.status(
      'connected',
      'Simulated device: taps and scans come from the kiosk, not from hardware.',
    );
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.pipeline.status('disconnected', null);
  }

  perform(action: SimulateAction): void {
    const { device } = this;
    switch (device.protocol) {
      case 'em4100':
        return this.repeat(rdm6300Frame(this.cardId(action, DEMO_EM4100)), 100);
      case 'parallax':
        return this.repeat(parallaxFrame(this.cardId(action, DEMO_EM4100)), 100);
      case 'pn532':
        return this.repeat(pn532TargetResponse(this.cardId(action, DEMO_UID)), 250);
      case 'line':
        return this.pipeline.push(scannerLine(this.text(action), device.suffix));
      case 'hid-keyboard':
        for (const r of keyboardReports(this.text(action), device.layout)) this.pipeline.push(r);
        return;
      case 'hid-pos': {
        const { aim, data } = splitAimPrefix(this.text(action));
        for (const r of hidPosReports(data, aim?.id ?? null)) this.pipeline.push(r);
        return;
      }
      default: {
        const unreachable: never = device.protocol;
        throw new Error(`unknown protocol ${String(unreachable)}`);
      }
    }
  }

  private cardId(action: SimulateAction, demo: string): string {
    if (action.kind === 'scan') {
      throw new KitdeskError(
        'validation_failed',
        `"${this.device.name}" is a card reader: simulate a tap with a card id, not a scan.`,
      );
    }
    return action.canonical ?? demo;
  }

  private text(action: SimulateAction): string {
    return action.kind === 'scan' ? action.data : (action.canonical ?? DEMO_TYPED_CARD);
  }

  private repeat(bytes: Uint8Array, everyMs: number): void {
    this.pipeline.push(bytes);
    for (let i = 1; i < TAP_REPEATS; i++) {
      const t = setTimeout(() => {
        this.timers.delete(t);
        this.pipeline.push(bytes);
      }, i * everyMs);
      this.timers.add(t);
    }
  }
}

/**
 * The kiosk's card reader and item scanner as real serial devices: each a socat pseudo-terminal pair, one
 * end opened by the hardware service as a configured device, the other written by the test the way the
 * reader's and the scanner's own electronics would.
 */
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import type { DeviceConfig } from '../../../domain/index.js';
import { rdm6300Frame, scannerLine } from '../../../hardware/simulator/protocol-encoders.js';
import { PtyPair } from '../../integration/hardware-pty-pair.js';

/**
 * An RDM6300 repeats its frame while a card lies on it, so the pipeline counts a card as gone after
 * 0.5 s of silence; the same card again sooner is the same tap. A little margin over that.
 */
const SAME_CARD_GAP_MS = 600;

export const READER_ID = 'card-reader';
export const SCANNER_ID = 'item-scanner';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The writing end of a pair, opened without making it this process's controlling terminal. */
class PtyWriter {
  private constructor(
    readonly pair: PtyPair,
    private readonly fd: number,
  ) {}

  static async plug(): Promise<PtyWriter> {
    const pair = await PtyPair.start();
    return new PtyWriter(pair, openSync(pair.peer, constants.O_RDWR | constants.O_NOCTTY));
  }

  write(bytes: Uint8Array): void {
    writeSync(this.fd, bytes);
  }

  async unplug(): Promise<void> {
    closeSync(this.fd);
    await this.pair.unplug();
  }
}

export class PtyDevices {
  private lastTap: { rfid: string; at: number } | null = null;

  private constructor(
    private readonly reader: PtyWriter,
    private readonly scanner: PtyWriter,
    private readonly spare: PtyWriter,
  ) {}

  static async plug(): Promise<PtyDevices> {
    return new PtyDevices(await PtyWriter.plug(), await PtyWriter.plug(), await PtyWriter.plug());
  }

  /** The two devices as the kiosk's technician would configure them. */
  get config(): DeviceConfig[] {
    const base = { match: {}, baudRate: 9600, layout: 'us', scanGapMs: 80, enabled: true } as const;
    return [
      {
        ...base,
        id: READER_ID,
        name: 'Card reader (RDM6300)',
        role: 'card-reader',
        protocol: 'em4100',
        transport: 'serial',
        path: this.reader.pair.device,
        suffix: 'cr',
        dedupeMs: 1500,
      },
      {
        ...base,
        id: SCANNER_ID,
        name: 'Item scanner (serial, CR)',
        role: 'item-scanner',
        protocol: 'line',
        transport: 'serial',
        path: this.scanner.pair.device,
        suffix: 'cr',
        // One line per trigger pull: the tests scan a label twice on purpose, sometimes within a second.
        dedupeMs: 0,
      },
    ];
  }

  /** A pseudo-terminal plugged in but in no configuration: the diagnostics screen's "new reader". */
  get sparePath(): string {
    return this.spare.pair.device;
  }

  /** One RDM6300 frame: the card laid on the reader and taken away again. */
  async tapCard(rfid: string): Promise<void> {
    const wait = this.lastTap?.rfid === rfid ? this.lastTap.at + SAME_CARD_GAP_MS - Date.now() : 0;
    if (wait > 0) await sleep(wait);
    this.reader.write(rdm6300Frame(rfid));
    this.lastTap = { rfid, at: Date.now() };
  }

  /** One frame on the spare pseudo-terminal, once a test has configured it as a reader. */
  tapCardOnSpare(rfid: string): void {
    this.spare.write(rdm6300Frame(rfid));
  }

  /** A serial scanner's line: the label's text and a carriage return. */
  scanLabel(text: string): void {
    this.scanner.write(scannerLine(text, 'cr'));
  }

  async unplug(): Promise<void> {
    await this.reader.unplug();
    await this.scanner.unplug();
    await this.spare.unplug();
  }
}

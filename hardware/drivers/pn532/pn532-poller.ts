import type { DeviceState } from '../../../domain/devices/device-events.js';
import { concatBytes } from '../../bytes/hex.js';
import {
  PN532_WAKE_UP,
  Pn532Command,
  answers,
  capPassiveActivationRetries,
  getFirmwareVersion,
  inListPassiveTarget,
  parseFirmwareVersion,
  samConfigurationNormal,
} from '../../decoders/pn532/pn532-commands.js';
import { PN532_ACK, type Pn532Frame } from '../../decoders/pn532/pn532-frame.js';

export type Pn532PollerOptions = {
  write(bytes: Uint8Array): Promise<void>;
  report(state: DeviceState, detail: string): void;
  /** Poll period; hardware.md §2.1 suggests 200–300 ms. */
  intervalMs?: number;
  ackTimeoutMs?: number;
  responseTimeoutMs?: number;
};

class PollerStopped extends Error {}

/** The command in flight: its ACK comes first, then its answer, possibly in the same serial chunk. */
type Exchange = { handle(f: Pn532Frame): void; abort(e: Error): void };

/**
 * The command loop of a PN532 on HSU: wake it, set normal SAM mode, cap passive activation retries so a
 * poll with no card returns instead of blocking, then poll InListPassiveTarget. Answers come back through
 * the device pipeline, which turns targets into credentials; this loop only watches ACKs and answers to
 * know the reader is alive, aborting a stuck command with an ACK (hardware.md §2.1, §10.11).
 */
export class Pn532Poller {
  private generation = 0;
  private exchange: Exchange | null = null;
  private readonly intervalMs: number;
  private readonly ackTimeoutMs: number;
  private readonly responseTimeoutMs: number;

  constructor(private readonly options: Pn532PollerOptions) {
    this.intervalMs = options.intervalMs ?? 250;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 200;
    this.responseTimeoutMs = options.responseTimeoutMs ?? 1000;
  }

  start(): void {
    this.stop();
    void this.run(this.generation);
  }

  stop(): void {
    this.generation++;
    this.exchange?.abort(new PollerStopped());
    this.exchange = null;
  }

  handleFrame(frame: Pn532Frame): void {
    this.exchange?.handle(frame);
  }

  private async run(generation: number): Promise<void> {
    const alive = () => generation === this.generation;
    let troubled = false;
    while (alive()) {
      try {
        await this.command(
          concatBytes([PN532_WAKE_UP, samConfigurationNormal()]),
          Pn532Command.SAMConfiguration,
        );
        await this.command(capPassiveActivationRetries(1), Pn532Command.RFConfiguration);
        const firmware = parseFirmwareVersion(
          await this.command(getFirmwareVersion(), Pn532Command.GetFirmwareVersion),
        );
        const version = firmware ? ` firmware ${firmware.version}.${firmware.revision}` : '';
        this.options.report('connected', `PN532${version} is polling for cards.`);
        troubled = false;
        while (alive()) {
          await this.command(inListPassiveTarget(), Pn532Command.InListPassiveTarget);
          await this.pause(this.intervalMs, generation);
        }
      } catch (e) {
        if (!alive() || e instanceof PollerStopped) return;
        if (!troubled) this.options.report('error', (e as Error).message);
        troubled = true;
        await this.options.write(PN532_ACK).catch(() => undefined);
        await this.pause(1000, generation);
      }
    }
  }

  private async command(bytes: Uint8Array, code: number): Promise<Pn532Frame> {
    const answer = new Promise<Pn532Frame>((resolve, reject) => {
      let acknowledged = false;
      let timer = this.timeout(this.ackTimeoutMs, 'did not acknowledge', reject);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        if (this.exchange === exchange) this.exchange = null;
        settle();
      };
      const exchange: Exchange = {
        handle: (f) => {
          if (!acknowledged) {
            if (f.type === 'ack') {
              acknowledged = true;
              clearTimeout(timer);
              timer = this.timeout(this.responseTimeoutMs, 'did not answer', reject);
            } else if (f.type !== 'info') {
              finish(() =>
                reject(new Error(`The PN532 refused command 0x${code.toString(16)} (${f.type}); retrying.`)),
              );
            }
          } else if (answers(f, code) || f.type === 'error') {
            finish(() => resolve(f));
          }
        },
        abort: (e) => finish(() => reject(e)),
      };
      this.exchange = exchange;
    });
    // A stop during the write rejects the answer before anyone awaits it: mark it handled now, so that
    // is not an unhandled rejection; whoever awaits `answer` below still gets the rejection.
    answer.catch(() => undefined);
    try {
      await this.options.write(bytes);
    } catch (e) {
      this.exchange?.abort(e as Error);
      throw e;
    }
    return answer;
  }

  private timeout(ms: number, what: string, reject: (e: Error) => void): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      this.exchange = null;
      reject(
        new Error(
          `The PN532 ${what} within ${ms} ms: check its wiring, power and that it is set to HSU (UART) mode.`,
        ),
      );
    }, ms);
  }

  private pause(ms: number, generation: number): Promise<void> {
    return new Promise((resolve, reject) => {
      setTimeout(() => (generation === this.generation ? resolve() : reject(new PollerStopped())), ms);
    });
  }
}

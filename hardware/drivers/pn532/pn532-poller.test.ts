import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { concatBytes, toHex } from '../../bytes/hex.js';
import { Pn532FrameDecoder } from '../../decoders/pn532/pn532-frame-decoder.js';
import { PN532_ACK, TFI_PN532_TO_HOST, encodePn532Frame } from '../../decoders/pn532/pn532-frame.js';
import { Pn532Poller } from './pn532-poller.js';

/** A PN532 that ACKs and answers each command, with the replies of hardware.md §2.1. */
function fakePn532({ silent = false } = {}) {
  let poller: Pn532Poller | null = null;
  const decoder = new Pn532FrameDecoder();
  const commands: number[] = [];
  const write = async (bytes: Uint8Array) => {
    for (const d of decoder.push(bytes)) {
      if (d.kind !== 'frame' || d.frame.type !== 'info') continue;
      const code = d.frame.data[0]!;
      commands.push(code);
      if (silent) continue;
      const answer =
        code === 0x02 ? [0x03, 0x32, 0x01, 0x06, 0x07] : code === 0x4a ? [0x4b, 0x00] : [code + 1];
      const reply = new Pn532FrameDecoder().push(
        concatBytes([PN532_ACK, encodePn532Frame(TFI_PN532_TO_HOST, answer)]),
      );
      setTimeout(() => {
        for (const r of reply) if (r.kind === 'frame') poller?.handleFrame(r.frame);
      }, 5);
    }
  };
  return { write, commands, attach: (p: Pn532Poller) => (poller = p) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Pn532Poller', () => {
  it('wakes the reader, caps retries, reads the firmware and then polls every interval', async () => {
    const reports: string[] = [];
    const pn532 = fakePn532();
    const p = new Pn532Poller({
      write: pn532.write,
      report: (s, d) => reports.push(`${s}: ${d}`),
      intervalMs: 250,
    });
    pn532.attach(p);
    p.start();
    await vi.advanceTimersByTimeAsync(1000);
    p.stop();
    expect(reports).toEqual(['connected: PN532 firmware 1.6 is polling for cards.']);
    expect(pn532.commands.slice(0, 3)).toEqual([0x14, 0x32, 0x02]);
    const polls = pn532.commands.slice(3);
    expect(polls.every((c) => c === 0x4a)).toBe(true);
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(polls.length).toBeLessThanOrEqual(4);
  });

  it('reports a reader that does not acknowledge, aborts with an ACK and retries', async () => {
    const reports: string[] = [];
    const written: string[] = [];
    const pn532 = fakePn532({ silent: true });
    const p = new Pn532Poller({
      write: async (b) => {
        written.push(toHex(b));
        await pn532.write(b);
      },
      report: (s, d) => reports.push(`${s}: ${d}`),
    });
    pn532.attach(p);
    p.start();
    await vi.advanceTimersByTimeAsync(2500);
    p.stop();
    expect(reports).toEqual([
      'error: The PN532 did not acknowledge within 200 ms: check its wiring, power and that it is set to HSU (UART) mode.',
    ]);
    expect(written).toContain(toHex(PN532_ACK));
    expect(pn532.commands.filter((c) => c === 0x14).length).toBeGreaterThanOrEqual(2);
  });
});

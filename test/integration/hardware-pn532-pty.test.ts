import { describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../domain/devices/device-events.js';
import { concatBytes, parseHex } from '../../hardware/bytes/hex.js';
import { Pn532FrameDecoder } from '../../hardware/decoders/pn532/pn532-frame-decoder.js';
import { PN532_ACK, TFI_PN532_TO_HOST, encodePn532Frame } from '../../hardware/decoders/pn532/pn532-frame.js';
import { DeviceManager } from '../../hardware/manager/device-manager.js';
import { aDevice } from '../../hardware/testing/device-config.js';
import { FakeHidTransport } from '../../hardware/testing/fake-hid-transport.js';
import { PtyPair, cleanUpAfterEach, closePort, waitFor } from './hardware-pty-pair.js';

const cleanups = cleanUpAfterEach();

/**
 * A PN532 on the far end of a pseudo-terminal, answering with the frames of hardware.md §2.1: ACK, then
 * the reply; a card in the field makes InListPassiveTarget report its UID, no card `D5 4B 00`.
 */
async function emulatePn532(pty: PtyPair) {
  const port = await pty.openPeer();
  cleanups.push(() => closePort(port));
  const state = { card: null as Uint8Array | null, polls: 0 };
  const decoder = new Pn532FrameDecoder();
  port.on('data', (chunk: Buffer) => {
    for (const d of decoder.push(chunk)) {
      if (d.kind !== 'frame' || d.frame.type !== 'info') continue;
      const code = d.frame.data[0]!;
      let answer: number[];
      if (code === 0x02) answer = [0x03, 0x32, 0x01, 0x06, 0x07];
      else if (code === 0x4a) {
        state.polls++;
        const uid = state.card;
        answer = uid ? [0x4b, 0x01, 0x01, 0x00, 0x04, 0x08, uid.length, ...uid] : [0x4b, 0x00];
      } else answer = [code + 1];
      port.write(Buffer.from(concatBytes([PN532_ACK, encodePn532Frame(TFI_PN532_TO_HOST, answer)])));
    }
  });
  return state;
}

describe('PN532 over a pseudo-terminal', () => {
  it('initialises the reader, polls, and makes one credential per card presentation', async () => {
    const pty = await PtyPair.start();
    cleanups.push(() => pty.unplug());
    const pn532 = await emulatePn532(pty);
    const events: DeviceEvent[] = [];
    const manager = new DeviceManager({
      emit: (e) => events.push(e),
      hid: new FakeHidTransport(),
      listSerialPorts: async () => [],
    });
    cleanups.push(() => manager.stop());
    await manager.configure({
      version: 1,
      assetTagPattern: '',
      devices: [
        aDevice({ id: 'nfc', protocol: 'pn532', transport: 'serial', baudRate: 115200, path: pty.device }),
      ],
    });
    const statusDetails = () => events.flatMap((e) => (e.type === 'status' ? [e.detail] : []));
    await waitFor(
      () => statusDetails().includes('PN532 firmware 1.6 is polling for cards.'),
      'the reader to start',
    );

    // Source: hardware.md §2.1 step 4, UID 90 1F 2A A4 (MIFARE Classic 1K).
    pn532.card = parseHex('90 1F 2A A4');
    const pollsBefore = pn532.polls;
    await waitFor(() => pn532.polls >= pollsBefore + 4, 'the card to stay on the reader for four polls');
    pn532.card = null;
    await waitFor(() => events.some((e) => e.type === 'removed'), 'the card to be reported removed', 3000);

    const credentials = events.flatMap((e) => (e.type === 'credential' ? [e.credential] : []));
    expect(credentials.map((c) => [c.kind, c.canonical])).toEqual([['iso14443a', '901F2AA4']]);
    expect(events.some((e) => e.type === 'status' && e.state === 'error')).toBe(false);
  });
});

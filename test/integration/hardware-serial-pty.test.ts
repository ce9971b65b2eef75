import { describe, expect, it } from 'vitest';
import type { DeviceConfigFile } from '../../domain/devices/device-config.js';
import type { DeviceEvent } from '../../domain/devices/device-events.js';
import { fromLatin1 } from '../../hardware/bytes/hex.js';
import { DeviceManager } from '../../hardware/manager/device-manager.js';
import { rdm6300Frame, scannerLine } from '../../hardware/simulator/protocol-encoders.js';
import type { ListSerialPorts } from '../../hardware/drivers/serial/serial-port-locator.js';
import { aDevice } from '../../hardware/testing/device-config.js';
import { FakeHidTransport } from '../../hardware/testing/fake-hid-transport.js';
import { PtyPair, cleanUpAfterEach, closePort, waitFor, writeAll } from './hardware-pty-pair.js';

/** Serial drivers through real pseudo-terminals: real serialport, real tty, real unplug. */

const cleanups = cleanUpAfterEach();

async function run(config: DeviceConfigFile, listSerialPorts: ListSerialPorts = async () => []) {
  const events: DeviceEvent[] = [];
  const manager = new DeviceManager({
    emit: (e) => events.push(e),
    hid: new FakeHidTransport(),
    listSerialPorts,
  });
  await manager.configure(config);
  cleanups.push(() => manager.stop());
  return events;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const of = <T extends DeviceEvent['type']>(events: DeviceEvent[], type: T) =>
  events.filter((e): e is Extract<DeviceEvent, { type: T }> => e.type === type);
const lastState = (events: DeviceEvent[]) => of(events, 'status').at(-1)?.state;

async function pair() {
  const p = await PtyPair.start();
  cleanups.push(() => p.unplug());
  return p;
}

describe('serial driver over a pseudo-terminal', () => {
  it('makes one credential of an RDM6300 held on the reader for two seconds', async () => {
    const pty = await pair();
    const events = await run({
      version: 1,
      assetTagPattern: '',
      devices: [aDevice({ id: 'door', protocol: 'em4100', transport: 'serial', path: pty.device })],
    });
    await waitFor(() => lastState(events) === 'connected', 'the driver to connect');
    const reader = await pty.openPeer();
    cleanups.push(() => closePort(reader));

    const frame = rdm6300Frame('67003B51C6');
    const until = Date.now() + 2000;
    while (Date.now() < until) {
      await writeAll(reader, frame);
      await sleep(100);
    }
    await waitFor(() => of(events, 'removed').length === 1, 'the card to be reported removed', 3000);
    expect(of(events, 'credential').map((e) => e.credential.canonical)).toEqual(['67003B51C6']);
    expect(of(events, 'raw').length).toBeGreaterThanOrEqual(15);
  });

  it('reconnects after an unplug and reads again after the replug', async () => {
    const pty = await pair();
    const events = await run({
      version: 1,
      assetTagPattern: '',
      devices: [aDevice({ id: 'door', protocol: 'em4100', transport: 'serial', path: pty.device })],
    });
    await waitFor(() => lastState(events) === 'connected', 'the driver to connect');

    await pty.unplug();
    await waitFor(() => lastState(events) === 'reconnecting', 'the driver to notice the unplug');
    expect(of(events, 'status').at(-1)?.detail).toMatch(/unplugged|closed|does not exist/);
    await sleep(1200);
    await pty.plug();
    await waitFor(
      () => of(events, 'status').filter((s) => s.state === 'connected').length === 2,
      'the reconnect',
    );

    const reader = await pty.openPeer();
    cleanups.push(() => closePort(reader));
    await writeAll(reader, rdm6300Frame('67003BA86C'));
    await waitFor(() => of(events, 'credential').length === 1, 'a read after the replug');
    expect(of(events, 'credential')[0]?.credential.canonical).toBe('67003BA86C');
    await waitFor(
      () => of(events, 'counters').at(-1)?.counters.reconnects === 1,
      'the reconnect to be counted',
    );
  });

  it('finds a scanner by its USB ids and reads CRLF lines however the bytes are chunked', async () => {
    const pty = await pair();
    const listed = async () => [
      {
        path: pty.device,
        vendorId: '0c2e',
        productId: '0b01',
        serialNumber: 'S123',
        manufacturer: 'Honeywell',
        pnpId: undefined,
        locationId: undefined,
      },
    ];
    const events = await run(
      {
        version: 1,
        assetTagPattern: '^KD-\\d{5}$',
        devices: [
          aDevice({
            id: 'desk-scanner',
            protocol: 'line',
            role: 'item-scanner',
            transport: 'serial',
            suffix: 'crlf',
            match: { vendorId: 0x0c2e, serialNumber: 'S123' },
          }),
        ],
      },
      listed,
    );
    await waitFor(() => lastState(events) === 'connected', 'the driver to connect');
    const scanner = await pty.openPeer();
    cleanups.push(() => closePort(scanner));
    const bytes = Buffer.concat([scannerLine(']C0KD-00042', 'crlf'), scannerLine(']C0KD-00043', 'crlf')]);
    for (let at = 0; at < bytes.length; at += 3) {
      await writeAll(scanner, bytes.subarray(at, at + 3));
      await sleep(2);
    }
    await waitFor(() => of(events, 'credential').length === 2, 'two scans');
    expect(of(events, 'credential').map((e) => [e.credential.canonical, e.credential.symbology])).toEqual([
      ['KD-00042', ']C0'],
      ['KD-00043', ']C0'],
    ]);
  });

  it('completes a scan from a scanner set to send no suffix once it has been silent for the gap', async () => {
    const pty = await pair();
    const events = await run({
      version: 1,
      assetTagPattern: '^KD-\\d{5}$',
      devices: [
        aDevice({
          id: 'bare-scanner',
          protocol: 'line',
          role: 'item-scanner',
          transport: 'serial',
          path: pty.device,
          scanGapMs: 150,
        }),
      ],
    });
    await waitFor(() => lastState(events) === 'connected', 'the driver to connect');
    const scanner = await pty.openPeer();
    cleanups.push(() => closePort(scanner));
    const label = fromLatin1(']C0KD-00042');
    for (let at = 0; at < label.length; at += 4) {
      await writeAll(scanner, label.subarray(at, at + 4));
      await sleep(2);
    }
    const written = Date.now();
    await waitFor(() => of(events, 'credential').length === 1, 'the scan to end after the gap', 3000);
    expect(Date.now() - written).toBeGreaterThanOrEqual(100);
    expect(of(events, 'credential').map((e) => [e.credential.canonical, e.credential.symbology])).toEqual([
      ['KD-00042', ']C0'],
    ]);
  });
});

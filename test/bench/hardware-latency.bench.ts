import { openSync, writeSync, closeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ReadlineParser, SerialPort } from 'serialport';
import type { DeviceEvent } from '../../domain/devices/device-events.js';
import { DeviceManager } from '../../hardware/manager/device-manager.js';
import { forkHardwareService } from '../../hardware/service/node-spawn.js';
import { startHardwareService } from '../../hardware/service/supervisor.js';
import { rdm6300Frame } from '../../hardware/simulator/protocol-encoders.js';
import { aDevice } from '../../hardware/testing/device-config.js';
import { FakeHidTransport } from '../../hardware/testing/fake-hid-transport.js';
import { PtyPair, waitFor } from '../integration/hardware-pty-pair.js';
import { msFigure, round, summarise, type Bench } from './harness.js';

/**
 * Tap-to-event latency through a real pseudo-terminal: from the write of an RDM6300 frame's last byte to
 * the credential event, median and p99 over 1,000 taps, beside a bare serialport + ReadlineParser on an
 * identical pty in the same run. Taps alternate between the two, so load from other work hits both alike.
 * A third figure, for context, goes through the forked hardware service and its IPC.
 */

const TAPS = 1000;
const WARMUP = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cardId = (i: number) => (0x6700000000 + i).toString(16).toUpperCase().padStart(10, '0');

type Rig = { fd: number; next: () => Promise<void>; close: () => Promise<void> };

/** One tap: the frame minus its ETX, a pause so it is surely read, then the timed ETX. */
async function tap(rig: Rig, i: number): Promise<number> {
  const frame = rdm6300Frame(cardId(i));
  writeSync(rig.fd, frame.subarray(0, -1));
  await sleep(2);
  const arrived = rig.next();
  const t0 = performance.now();
  writeSync(rig.fd, frame.subarray(-1));
  await arrived;
  return performance.now() - t0;
}

/** A promise per expected event, resolved by whoever sees it. */
function arrivals() {
  let resolve: (() => void) | null = null;
  return {
    next: () => new Promise<void>((r) => (resolve = r)),
    arrived: () => {
      const r = resolve;
      resolve = null;
      r?.();
    },
  };
}

async function driverRig(): Promise<Rig> {
  const pty = await PtyPair.start();
  const a = arrivals();
  const events: DeviceEvent[] = [];
  const manager = new DeviceManager({
    emit: (e) => {
      if (e.type === 'credential') a.arrived();
      else if (e.type === 'status') events.push(e);
    },
    hid: new FakeHidTransport(),
    listSerialPorts: async () => [],
  });
  await manager.configure({
    version: 1,
    assetTagPattern: '',
    devices: [aDevice({ id: 'bench', protocol: 'em4100', transport: 'serial', path: pty.device })],
  });
  await waitFor(() => events.some((e) => e.type === 'status' && e.state === 'connected'), 'the driver');
  const fd = openSync(pty.peer, 'r+');
  return {
    fd,
    next: a.next,
    close: async () => {
      closeSync(fd);
      await manager.stop();
      await pty.unplug();
    },
  };
}

async function baselineRig(): Promise<Rig> {
  const pty = await PtyPair.start();
  const a = arrivals();
  const port = new SerialPort({ path: pty.device, baudRate: 9600 });
  await new Promise<void>((resolve, reject) => {
    port.once('open', resolve);
    port.once('error', reject);
  });
  port.pipe(new ReadlineParser({ delimiter: '\x03', encoding: 'latin1' })).on('data', () => a.arrived());
  const fd = openSync(pty.peer, 'r+');
  return {
    fd,
    next: a.next,
    close: async () => {
      closeSync(fd);
      await new Promise((r) => port.close(r));
      await pty.unplug();
    },
  };
}

async function serviceRig(): Promise<Rig> {
  const pty = await PtyPair.start();
  const a = arrivals();
  let connected = false;
  const service = await startHardwareService({
    config: {
      version: 1,
      assetTagPattern: '',
      devices: [aDevice({ id: 'bench', protocol: 'em4100', transport: 'serial', path: pty.device })],
    },
    onEvent: (e) => {
      if (e.type === 'credential') a.arrived();
      if (e.type === 'status' && e.deviceId === 'bench' && e.state === 'connected') connected = true;
    },
    spawn: forkHardwareService,
  });
  await waitFor(() => connected, 'the hardware service to open the pty', 20_000);
  const fd = openSync(pty.peer, 'r+');
  return {
    fd,
    next: a.next,
    close: async () => {
      closeSync(fd);
      await service.stop();
      await pty.unplug();
    },
  };
}

const bench: Bench = {
  title: 'hardware tap-to-event latency (pty)',
  async run() {
    const driver = await driverRig();
    const baseline = await baselineRig();
    const driverSamples: number[] = [];
    const baselineSamples: number[] = [];
    try {
      for (let i = 0; i < TAPS + WARMUP; i++) {
        const d = await tap(driver, i);
        const b = await tap(baseline, i);
        if (i >= WARMUP) {
          driverSamples.push(d);
          baselineSamples.push(b);
        }
      }
    } finally {
      await driver.close();
      await baseline.close();
    }
    const service = await serviceRig();
    const serviceSamples: number[] = [];
    try {
      for (let i = 0; i < TAPS + WARMUP; i++) {
        const s = await tap(service, i);
        if (i >= WARMUP) serviceSamples.push(s);
      }
    } finally {
      await service.close();
    }

    const d = summarise(driverSamples);
    const b = summarise(baselineSamples);
    const s = summarise(serviceSamples);
    return [
      msFigure('hw.tap_to_event_median', d.median, round(2 * b.median)),
      msFigure('hw.tap_to_event_p99', d.p99, 5),
      msFigure('hw.baseline_serialport_parser_median', b.median, null),
      msFigure('hw.baseline_serialport_parser_p99', b.p99, null),
      {
        name: 'hw.tap_to_event_median_vs_baseline',
        value: round(d.median / b.median),
        unit: '×',
        floor: 2,
        better: 'lower',
      },
      msFigure('hw.tap_to_event_via_service_median', s.median, null),
      msFigure('hw.tap_to_event_via_service_p99', s.p99, null),
    ];
  },
};
export default bench;

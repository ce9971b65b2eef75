import type { DeviceConfig } from '../../domain/devices/device-config.js';
import type { DeviceEvent } from '../../domain/devices/device-events.js';
import type { SimulateAction } from '../../domain/devices/service-messages.js';
import { KitdeskError } from '../../domain/errors.js';
import type { BackoffOptions } from '../drivers/backoff.js';
import { HidDriver } from '../drivers/hid/hid-driver.js';
import type { HidTransport } from '../drivers/hid/hid-transport.js';
import { Pn532Poller } from '../drivers/pn532/pn532-poller.js';
import { SerialDriver } from '../drivers/serial/serial-driver.js';
import type { ListSerialPorts } from '../drivers/serial/serial-port-locator.js';
import { DevicePipeline } from '../pipeline/device-pipeline.js';
import { SimulatedDevice } from '../simulator/simulated-device.js';

export type RuntimeContext = {
  emit: (event: DeviceEvent) => void;
  assetTagPattern: RegExp | null;
  hid: HidTransport;
  listSerialPorts: ListSerialPorts;
  backoff?: BackoffOptions;
};

/** A configured device while it runs: its driver (or simulator) feeding its pipeline. */
export type DeviceRuntime = {
  stop(): Promise<void>;
  simulate(action: SimulateAction): void;
};

function notSimulated(device: DeviceConfig): never {
  throw new KitdeskError(
    'validation_failed',
    `"${device.name}" is a ${device.transport} device: only simulated devices take taps and scans from software.`,
  );
}

export function startDevice(device: DeviceConfig, ctx: RuntimeContext): DeviceRuntime {
  switch (device.transport) {
    case 'serial':
      return startSerial(device, ctx);
    case 'hid':
      return startHid(device, ctx);
    case 'simulated':
      return startSimulated(device, ctx);
    default: {
      const unreachable: never = device.transport;
      throw new Error(`unknown transport ${String(unreachable)}`);
    }
  }
}

function startSerial(device: DeviceConfig, ctx: RuntimeContext): DeviceRuntime {
  let poller: Pn532Poller | null = null;
  const pipeline = new DevicePipeline({
    device,
    assetTagPattern: ctx.assetTagPattern,
    emit: ctx.emit,
    onPn532Frame: (f) => poller?.handleFrame(f),
  });
  const driver = new SerialDriver({
    device,
    listPorts: ctx.listSerialPorts,
    backoff: ctx.backoff,
    onData: (bytes) => pipeline.push(bytes),
    status: (state, detail) => {
      if (state !== 'connected') poller?.stop();
      pipeline.status(state, detail);
    },
    connected: (again) => {
      pipeline.resetDecoder();
      if (again) pipeline.countReconnect();
      poller?.start();
    },
  });
  if (device.protocol === 'pn532') {
    poller = new Pn532Poller({
      write: (bytes) => driver.write(bytes),
      report: (state, detail) => pipeline.status(state, detail),
    });
  }
  driver.start();
  return {
    async stop() {
      poller?.stop();
      await driver.stop();
      pipeline.stop();
    },
    simulate: () => notSimulated(device),
  };
}

function startHid(device: DeviceConfig, ctx: RuntimeContext): DeviceRuntime {
  const pipeline = new DevicePipeline({ device, assetTagPattern: ctx.assetTagPattern, emit: ctx.emit });
  const driver = new HidDriver({
    device,
    transport: ctx.hid,
    backoff: ctx.backoff,
    onReport: (report) => pipeline.push(report),
    status: (state, detail) => pipeline.status(state, detail),
    connected: (again) => {
      pipeline.resetDecoder();
      if (again) pipeline.countReconnect();
    },
  });
  driver.start();
  return {
    async stop() {
      await driver.stop();
      pipeline.stop();
    },
    simulate: () => notSimulated(device),
  };
}

function startSimulated(device: DeviceConfig, ctx: RuntimeContext): DeviceRuntime {
  const pipeline = new DevicePipeline({ device, assetTagPattern: ctx.assetTagPattern, emit: ctx.emit });
  const simulated = new SimulatedDevice(device, pipeline);
  simulated.start();
  return {
    async stop() {
      simulated.stop();
      pipeline.stop();
    },
    simulate: (action) => simulated.perform(action),
  };
}

/**
 * Stands in for the hardware service until it lands: simulated devices send the bytes real readers send
 * (the hardware package's encoders) through the real decoders, and `list()` reports whatever devices a
 * test says are plugged in. Only the process boundary and the drivers are missing.
 */
import type {
  AttachedDevice,
  Credential,
  DeviceConfig,
  DeviceConfigFile,
  DeviceEvent,
} from '../../../domain/index.js';
import type { OpenHardware } from '../../../electron/core/index.js';
import { toHex } from '../../../hardware/bytes/hex.js';
import { Em4100AsciiDecoder } from '../../../hardware/decoders/em4100-ascii-decoder.js';
import { LineDecoder } from '../../../hardware/decoders/line-decoder.js';
import { rdm6300Frame, scannerLine } from '../../../hardware/simulator/protocol-encoders.js';

type Counters = { frames: number; credentials: number; rejects: Record<string, number>; reconnects: number };

export function benchHardware(attached: AttachedDevice[] = []): OpenHardware {
  return async (initial, onEvent) => {
    let config: DeviceConfigFile = initial;
    const counters = new Map<string, Counters>();
    const announce = () => {
      for (const d of config.devices) {
        onEvent({
          type: 'status',
          deviceId: d.id,
          state: d.enabled ? 'connected' : 'disconnected',
          detail: null,
          ts: Date.now(),
        });
      }
    };
    const countersOf = (id: string) => {
      let c = counters.get(id);
      if (!c) counters.set(id, (c = { frames: 0, credentials: 0, rejects: {}, reconnects: 0 }));
      return c;
    };
    const decode = (d: DeviceConfig, bytes: Uint8Array): Credential[] => {
      const ts = Date.now();
      if (d.protocol === 'em4100') {
        return new Em4100AsciiDecoder().push(bytes).flatMap((f) =>
          f.kind === 'frame'
            ? [
                {
                  kind: 'em4100' as const,
                  canonical: f.frame.hex10,
                  aliases: [],
                  symbology: null,
                  sourceId: d.id,
                  ts,
                },
              ]
            : [],
        );
      }
      return new LineDecoder(d.suffix).push(bytes).flatMap((f) =>
        f.kind === 'frame'
          ? [
              {
                kind: 'barcode' as const,
                canonical: f.frame.text,
                aliases: [],
                symbology: null,
                sourceId: d.id,
                ts,
              },
            ]
          : [],
      );
    };
    queueMicrotask(announce);
    return {
      async configure(next) {
        config = next;
        announce();
      },
      async list() {
        return attached.map((a) => {
          const match = config.devices.find((d) => d.path === a.path);
          return { ...a, configuredAs: match?.id ?? null };
        });
      },
      async simulate(deviceId, action) {
        const device = config.devices.find((d) => d.id === deviceId && d.transport === 'simulated');
        if (!device) throw new Error(`There is no simulated device called ${deviceId}.`);
        const bytes =
          action.kind === 'tap' ? rdm6300Frame(action.canonical) : scannerLine(action.data, device.suffix);
        onEvent({ type: 'raw', deviceId, hex: toHex(bytes), ts: Date.now() });
        const c = countersOf(deviceId);
        for (const credential of decode(device, bytes)) {
          c.frames++;
          c.credentials++;
          const event: DeviceEvent = { type: 'credential', deviceId, credential };
          onEvent(event);
        }
        onEvent({
          type: 'counters',
          deviceId,
          counters: { ...c, rejects: { ...c.rejects } },
          ts: Date.now(),
        });
      },
      async stop() {},
    };
  };
}

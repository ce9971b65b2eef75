import type { HidConnection, HidDeviceInfo, HidTransport } from '../drivers/hid/hid-transport.js';

type Plugged = { info: HidDeviceInfo; open: FakeHidConnection | null };

export type FakeHidConnection = HidConnection & {
  featureReports: Uint8Array[];
  closed: boolean;
  emit(report: Uint8Array): void;
  fail(message: string): void;
};

/** A HID transport with devices a test plugs in, feeds reports through and pulls out. */
export class FakeHidTransport implements HidTransport {
  private devices = new Map<string, Plugged>();

  plug(info: Partial<HidDeviceInfo> & Pick<HidDeviceInfo, 'path' | 'vendorId' | 'productId'>): void {
    this.devices.set(info.path, {
      info: { serialNumber: null, manufacturer: null, product: null, usagePage: null, usage: null, ...info },
      open: null,
    });
  }

  /** Removes the device; an open connection fails its next read, as hidraw does. */
  unplug(path: string): void {
    const d = this.devices.get(path);
    this.devices.delete(path);
    d?.open?.fail('could not read from HID device');
  }

  connection(path: string): FakeHidConnection {
    const c = this.devices.get(path)?.open;
    if (!c || c.closed) throw new Error(`${path} is not open`);
    return c;
  }

  async list(): Promise<HidDeviceInfo[]> {
    return [...this.devices.values()].map((d) => d.info);
  }

  async open(path: string): Promise<HidConnection> {
    const d = this.devices.get(path);
    if (!d) throw new Error(`cannot open device with path ${path}`);
    const reportListeners: ((r: Uint8Array) => void)[] = [];
    const errorListeners: ((e: Error) => void)[] = [];
    const c: FakeHidConnection = {
      featureReports: [],
      closed: false,
      onReport: (l) => reportListeners.push(l),
      onError: (l) => errorListeners.push(l),
      sendFeatureReport: async (bytes) => {
        c.featureReports.push(Uint8Array.from(bytes));
      },
      close: async () => {
        c.closed = true;
      },
      emit: (r) => reportListeners.forEach((l) => l(r)),
      fail: (m) => errorListeners.forEach((l) => l(new Error(m))),
    };
    d.open = c;
    return c;
  }
}

/** A HID device as enumeration reports it. */
export type HidDeviceInfo = {
  path: string;
  vendorId: number;
  productId: number;
  serialNumber: string | null;
  manufacturer: string | null;
  product: string | null;
  usagePage: number | null;
  usage: number | null;
};

export type HidConnection = {
  /** Input reports as they arrive, report id first when the device numbers its reports. */
  onReport(listener: (report: Uint8Array) => void): void;
  /** A failed read, which is how an unplug shows (node-hid has no close event). */
  onError(listener: (err: Error) => void): void;
  /** `bytes[0]` is the report id. */
  sendFeatureReport(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
};

/**
 * What the HID driver needs of the operating system: node-hid in the hardware service, a fake fed with
 * real report sequences in tests, where no HID device exists (hardware.md §8).
 */
export type HidTransport = {
  list(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidConnection>;
};

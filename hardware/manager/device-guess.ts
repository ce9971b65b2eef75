/** What an attached device probably is, from its ids and descriptors; for the technician's list only. */
export type GuessInput = {
  transport: 'serial' | 'hid';
  vendorId: number | null;
  productId: number | null;
  usagePage: number | null;
  usage: number | null;
  product: string | null;
};

const key = (vid: number, pid: number | null = null) =>
  `${vid.toString(16)}:${pid === null ? '*' : pid.toString(16)}`;

/** Sources: hardware.md §1.3 (Parallax USB is FTDI), §2.1 (CH340 PN532 boards), §2.3, §4, §10.4. */
const KNOWN = new Map<string, string>([
  [key(0x1a86, 0x7523), 'USB-serial adapter (CH340): RDM6300 or PN532 module?'],
  [key(0x1a86, 0x55d4), 'USB-serial adapter (CH9102): RDM6300 or PN532 module?'],
  [key(0x10c4, 0xea60), 'USB-serial adapter (CP210x): RFID module?'],
  [key(0x0403, 0x6001), 'USB-serial adapter (FTDI): Parallax #28340 or ID-12LA board?'],
  [key(0x067b, 0x2303), 'USB-serial adapter (Prolific PL2303)'],
  [key(0x16c0, 0x27db), 'RFID reader in keyboard mode (Sycreader)'],
  [key(0x0c2e), 'Honeywell barcode scanner'],
  [key(0x05e0), 'Zebra/Symbol barcode scanner'],
  [key(0x23d0), 'Youjie barcode scanner'],
  [key(0x072f, 0x2200), 'ACR122U NFC reader (PC/SC, not read by Kitdesk directly)'],
]);

export function guessDevice(d: GuessInput): string {
  const byIds =
    d.vendorId === null ? undefined : (KNOWN.get(key(d.vendorId, d.productId)) ?? KNOWN.get(key(d.vendorId)));
  if (d.transport === 'hid') {
    if (d.usagePage === 0x8c) return `HID POS barcode scanner${byIds ? ` (${byIds})` : ''}`;
    if (d.usagePage === 0x01 && d.usage === 0x06) {
      return `${byIds ?? 'Keyboard'}: keyboard mode (a reader or scanner in keyboard mode, or a real keyboard)`;
    }
    return byIds ?? `HID device${d.product ? ` "${d.product}"` : ''}`;
  }
  if (byIds) return byIds;
  return d.vendorId === null ? 'Serial port (built-in or virtual)' : 'USB serial device';
}

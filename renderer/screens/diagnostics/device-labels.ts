import type { DeviceProtocol, DeviceRole } from '../../../domain/devices/index.js';

export const ROLE_LABELS: Record<DeviceRole, string> = {
  'card-reader': 'Card reader',
  'item-scanner': 'Item scanner',
};

export const PROTOCOL_LABELS: Record<DeviceProtocol, string> = {
  em4100: 'EM4100 (RDM6300, ID-12LA)',
  parallax: 'Parallax RFID',
  pn532: 'PN532 NFC cards',
  line: 'Barcode lines (serial)',
  'hid-keyboard': 'USB keyboard mode',
  'hid-pos': 'USB HID POS scanner',
};

/** A device state as a word and a colour; unknown states (a newer hardware service) show as they are. */
export function stateBadge(state: string): { label: string; tone: 'ok' | 'warn' | 'bad' | 'neutral' } {
  switch (state) {
    case 'connected':
      return { label: 'Connected', tone: 'ok' };
    case 'reconnecting':
      return { label: 'Reconnecting', tone: 'warn' };
    case 'error':
      return { label: 'Error', tone: 'bad' };
    case 'connecting':
      return { label: 'Connecting', tone: 'neutral' };
    case 'disconnected':
      return { label: 'Disconnected', tone: 'neutral' };
    default:
      return { label: state, tone: 'neutral' };
  }
}

/** "1A86:7523", the way ids are printed on datasheets and in `lsusb`. */
export function usbIds(vendorId: number | null, productId: number | null): string | null {
  if (vendorId === null || productId === null) return null;
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return `${hex(vendorId)}:${hex(productId)}`;
}

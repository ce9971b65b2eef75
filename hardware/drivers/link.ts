import type { DeviceState } from '../../domain/devices/device-events.js';

/** An open connection to a device, as the reconnect loop sees it. */
export type Link = {
  /** Settles with a sentence saying why, when the device goes away or the connection fails. */
  lost: Promise<string>;
  close(): Promise<void>;
};

/** Why a device could not be opened: `absent` is waited for quietly, `failed` needs a person. */
export class LinkError extends Error {
  constructor(
    readonly kind: 'absent' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'LinkError';
  }
}

export type StatusListener = (state: DeviceState, detail: string | null) => void;

import { InvalidArgumentError } from 'commander';
import { DeviceProtocol } from '../../domain/devices/device-config.js';

/** Command-line values, refused with a sentence that says what would be accepted. */

export function protocolOption(value: string): DeviceProtocol {
  const parsed = DeviceProtocol.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`use one of ${DeviceProtocol.options.join(', ')}.`);
  return parsed.data;
}

export function usbIdOption(value: string): number {
  const digits = value.replace(/^0x/i, '');
  if (!/^[0-9a-fA-F]{1,4}$/.test(digits)) throw new InvalidArgumentError('use 4 hex digits, e.g. 0c2e.');
  return Number.parseInt(digits, 16);
}

export function positiveIntOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('use a whole number above 0.');
  return n;
}

export function choiceOption<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(choices as readonly string[]).includes(value))
      throw new InvalidArgumentError(`use ${choices.join(' or ')}.`);
    return value as T;
  };
}

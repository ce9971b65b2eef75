import type { Command } from 'commander';
import { DeviceConfig } from '../../domain/devices/device-config.js';
import { choiceOption, protocolOption } from './parse-options.js';

/** What `decode` and `monitor` both need to know to read a device's input the way the kiosk would. */
export function withDeviceInputOptions(command: Command): Command {
  return command
    .requiredOption(
      '--protocol <protocol>',
      'em4100, parallax, pn532, line, hid-keyboard or hid-pos',
      protocolOption,
    )
    .option(
      '--layout <layout>',
      'keyboard layout the device is set to',
      choiceOption(DeviceConfig.shape.layout.unwrap().options),
      'us',
    )
    .option(
      '--suffix <suffix>',
      'line ending of a serial scanner',
      choiceOption(DeviceConfig.shape.suffix.unwrap().options),
      'cr',
    );
}

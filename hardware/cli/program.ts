import { Command } from 'commander';
import { decodeCommand } from './commands/decode-command.js';
import { listCommand } from './commands/list-command.js';
import { monitorCommand } from './commands/monitor-command.js';

/** `kitdesk-hw`: the technician's tool for card readers and barcode scanners. */
export function hardwareProgram(print: (line: string) => void): Command {
  return new Command('kitdesk-hw')
    .description('Kitdesk card readers and barcode scanners: list them, watch one, decode captured bytes.')
    .addCommand(listCommand(print))
    .addCommand(monitorCommand(print))
    .addCommand(decodeCommand(print));
}

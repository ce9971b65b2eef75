import { CommanderError } from 'commander';
import { KitdeskError } from '../../domain/errors.js';
import { hardwareProgram } from './program.js';

const program = hardwareProgram((line) => process.stdout.write(`${line}\n`)).exitOverride();
try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  if (e instanceof KitdeskError) {
    process.stderr.write(`kitdesk-hw: ${e.message}\n`);
    process.exit(e.code === 'validation_failed' ? 2 : 1);
  }
  throw e;
}

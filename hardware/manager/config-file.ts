import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DeviceConfigFile } from '../../domain/devices/device-config.js';
import { KitdeskError } from '../../domain/errors.js';

/** Validates a device configuration, naming each problem by its place in the file. */
function parseDeviceConfig(data: unknown, source = 'the device configuration'): DeviceConfigFile {
  const parsed = DeviceConfigFile.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new KitdeskError(
    'validation_failed',
    `${source} is not valid: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`,
    parsed.error.issues,
  );
}

/** Reads and validates a device configuration file (JSON). */
export async function loadDeviceConfigFile(path: string): Promise<DeviceConfigFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new KitdeskError(
      'not_found',
      `Cannot read the device configuration ${path}: ${(e as Error).message}.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new KitdeskError('validation_failed', `${path} is not JSON: ${(e as Error).message}.`);
  }
  return parseDeviceConfig(data, path);
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeviceConfigFile } from './config-file.js';

const dir = mkdtempSync(join(tmpdir(), 'kitdesk-hw-config-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadDeviceConfigFile', () => {
  it('reads a configuration and fills the defaults', async () => {
    const path = file(
      'ok.json',
      JSON.stringify({
        version: 1,
        devices: [
          {
            id: 'door',
            name: 'Door',
            role: 'card-reader',
            protocol: 'em4100',
            transport: 'serial',
            path: '/dev/ttyUSB0',
          },
        ],
      }),
    );
    expect(await loadDeviceConfigFile(path)).toMatchObject({
      devices: [{ id: 'door', baudRate: 9600, enabled: true }],
    });
  });

  it('names the problem and its place when the file is wrong', async () => {
    const bad = file(
      'bad.json',
      JSON.stringify({ version: 1, devices: [{ id: 'door', protocol: 'wiegand' }] }),
    );
    await expect(loadDeviceConfigFile(bad)).rejects.toThrow(/devices\[0\]\.protocol/);
    await expect(loadDeviceConfigFile(file('x.json', '{ version: 1'))).rejects.toThrow(/is not JSON/);
    await expect(loadDeviceConfigFile(join(dir, 'missing.json'))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

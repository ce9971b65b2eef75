import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { connectHardwareService } from './service-client.js';

describe('connectHardwareService', () => {
  it('gives up at once when the process dies before saying ready, instead of waiting out the ready timeout', async () => {
    const child = spawn(process.execPath, ['-e', 'process.exit(3)'], {
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const connecting = connectHardwareService(
      child,
      { version: 1, assetTagPattern: '', devices: [] },
      () => {},
      {
        readyTimeoutMs: 120_000,
      },
    );
    await expect(connecting).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/stopped/),
    });
  });
});

import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskEventPayload } from '../../domain/index.js';
import { openKioskCore } from '../../electron/core/index.js';
import { Outbox } from '../../electron/core/store/outbox.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { enrolmentCode, openLinesOnServer, startCentral, type Central } from './support/central.js';
import { enrolledKiosk, kioskDataDir } from './support/kiosk.js';

const here = dirname(fileURLToPath(import.meta.url));
const ASSETS = 60;

function startWorker(dataDir: string): Promise<ChildProcess> {
  const child = fork(join(here, 'support', 'kiosk-worker.ts'), [dataDir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`kiosk worker exited with ${code}`)));
  });
}

describe('a kiosk killed mid-burst', () => {
  let central: Central;
  const assetIds: string[] = [];

  beforeAll(async () => {
    central = await startCentral('pglite');
    for (let i = 0; i < ASSETS; i++) {
      assetIds.push(
        (await central.api<{ id: string }>('POST', '/assets', { name: `Tripod ${i}`, barcode: `TR-${i}` }))
          .id,
      );
    }
    await central.api('POST', '/people', { name: 'Amira Khan', rfid: '67003B51C6' });
  });
  afterAll(async () => {
    await central.close();
  });

  it('keeps every loan that showed a receipt, and each reaches the server exactly once', async () => {
    const dataDir = kioskDataDir();
    const setup = await enrolledKiosk(central.url, await enrolmentCode(central, 'Doomed kiosk'), dataDir);
    await setup.close();
    await central.stop();

    const worker = await startWorker(dataDir);
    const receipts: string[] = [];
    const killedAfter = 20;
    await new Promise<void>((resolve) => {
      worker.on('message', (m: { receipt?: string }) => {
        if (!m.receipt) return;
        receipts.push(m.receipt);
        if (receipts.length === killedAfter) {
          worker.kill('SIGKILL');
          resolve();
        }
      });
      for (let i = 0; i < ASSETS; i++) worker.send({ checkout: { card: '67003B51C6', label: `TR-${i}` } });
    });
    await new Promise((r) => worker.once('exit', r));
    expect(worker.signalCode).toBe('SIGKILL');

    const store = openStore(`${dataDir}/kiosk.db`);
    const recorded = new Outbox(store.sqlite).pending(1000);
    store.close();
    const allocations = recorded.map(
      (e) => (e.payload as KioskEventPayload & { type: 'checkout' }).allocationId,
    );
    expect(allocations).toEqual(expect.arrayContaining(receipts));
    expect(recorded.map((e) => e.seq)).toEqual(recorded.map((_, i) => i + 1));
    // The kill landed while more checkouts were queued: the burst really was cut short.
    expect(recorded.length).toBeLessThan(ASSETS);

    await central.restart();
    const revived = await openKioskCore({ dataDir, sync: { pollMs: 60_000 } });
    const status = await revived.handlers['sync.now']({});
    await revived.close();
    expect(status).toMatchObject({ pendingEvents: 0, openConflicts: 0 });
    const onServer = await Promise.all(assetIds.map((id) => openLinesOnServer(central, id)));
    expect(onServer.filter((n) => n === 1)).toHaveLength(recorded.length);
    expect(onServer.every((n) => n <= 1)).toBe(true);
  });
});

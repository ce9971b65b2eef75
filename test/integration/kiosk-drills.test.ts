/**
 * The kiosk's crash and network drills, on loopback only: the kiosk core SIGKILLed at random moments of
 * checkout bursts, and the network to the API dead, flapping and cutting answers off mid-request. Each
 * drill prints its trial counts and figures in one line.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKioskCore, type KioskCore } from '../../electron/core/index.js';
import { label, tap } from '../../electron/core/testing/credentials.js';
import { enrolmentCode, openLinesOnServer, startCentral, type Central } from './support/central.js';
import { allocationIdsOnServer, eventsOnServer, recordedEvents } from './support/drill-facts.js';
import { checkout, enrolledKiosk, kioskDataDir } from './support/kiosk.js';
import { startReverseProxy, type ProxyMode, type ReverseProxy } from './support/reverse-proxy.js';

const here = dirname(fileURLToPath(import.meta.url));
const KILL_TRIALS = 24;
const BURST = 6;
const ASSETS = 180;

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Syncs until nothing is left to push, as the kiosk's own timer would, a little faster. */
async function drain(k: KioskCore) {
  for (let i = 0; i < 20; i++) {
    const s = await k.handlers['sync.now']({});
    if (s.online && s.pendingEvents === 0) return s;
    await sleep(100);
  }
  return k.handlers['sync.now']({});
}

describe('kiosk drills', () => {
  let central: Central;
  const proxies: ReverseProxy[] = [];
  const cores: KioskCore[] = [];
  const assetIdOf = new Map<string, string>();
  /** Labels of tripods no drill has lent yet. */
  const shelf: string[] = [];
  const person = async (name: string, rfid: string) =>
    (await central.api<{ id: string }>('POST', '/people', { name, rfid })).id;
  const proxy = async () => {
    const p = await startReverseProxy(central.url);
    proxies.push(p);
    return p;
  };

  beforeAll(async () => {
    central = await startCentral('pglite');
    for (let i = 0; i < ASSETS; i += 20) {
      const batch = Array.from({ length: Math.min(20, ASSETS - i) }, (_, j) => `TR-${i + j}`);
      const made = await Promise.all(
        batch.map((barcode) =>
          central.api<{ id: string }>('POST', '/assets', { name: `Tripod ${barcode}`, barcode }),
        ),
      );
      batch.forEach((b, j) => assetIdOf.set(b, made[j]!.id));
      shelf.push(...batch);
    }
  });
  afterAll(async () => {
    for (const c of cores) await c.close();
    for (const p of proxies) await p.close();
    await central.close();
  });

  it(`SIGKILL at random moments of ${KILL_TRIALS} checkout bursts: every receipt reaches the server once, nothing else`, async () => {
    const pupil = await person('Amira Khan', '67003B51C6');
    const net = await proxy();
    const dataDir = kioskDataDir();
    await (await enrolledKiosk(net.url, await enrolmentCode(central, 'Crash kiosk'), dataDir)).close();

    const modes: ProxyMode[] = ['forward', 'unreachable', 'cut'];
    const receipts: string[] = [];
    let cutShort = 0;
    for (let trial = 0; trial < KILL_TRIALS; trial++) {
      net.setMode(modes[trial % modes.length]!);
      const labels = shelf.splice(0, BURST);
      expect(labels, 'the drill ran out of tripods').toHaveLength(BURST);
      const worker = await startWorker(dataDir);
      const shown: string[] = [];
      // Killed after a random number of answers (none at all, sometimes) and a random few milliseconds more.
      const killAfter = randomInt(0, BURST);
      const jitterMs = randomInt(0, 20);
      await new Promise<void>((resolve) => {
        let answers = 0;
        const kill = () =>
          setTimeout(() => {
            worker.kill('SIGKILL');
            resolve();
          }, jitterMs);
        worker.on('message', (m: { receipt?: string }) => {
          if (m.receipt) shown.push(m.receipt);
          if (++answers === killAfter) kill();
        });
        for (const l of labels) worker.send({ checkout: { card: '67003B51C6', label: l } });
        if (killAfter === 0) kill();
      });
      if (worker.exitCode === null && worker.signalCode === null)
        await new Promise((r) => worker.once('exit', r));
      expect(worker.signalCode).toBe('SIGKILL');

      const recorded = recordedEvents(dataDir);
      expect(recorded.map((e) => e.seq)).toEqual(recorded.map((_, i) => i + 1));
      const onDisk = new Set(recorded.map((e) => e.payload.allocationId));
      for (const r of shown) expect(onDisk, `trial ${trial}: receipt ${r} is not on disk`).toContain(r);
      receipts.push(...shown);
      const lent = new Set(recorded.flatMap((e) => e.payload.assetIds ?? []));
      const back = labels.filter((l) => !lent.has(assetIdOf.get(l)!));
      if (back.length > 0) cutShort++;
      shelf.unshift(...back);
    }

    net.setMode('forward');
    const revived = await openKioskCore({ dataDir, sync: { pollMs: 60_000 } });
    const status = await drain(revived);
    await revived.close();
    expect(status).toMatchObject({ pendingEvents: 0, openConflicts: 0 });

    const recorded = recordedEvents(dataDir);
    const recordedIds = recorded.map((e) => e.payload.allocationId!).sort();
    const onServer = await allocationIdsOnServer(central, pupil);
    // Exactly the loans written to disk, each once: every receipt, and nothing that was never confirmed.
    expect(onServer).toEqual(recordedIds);
    expect(onServer).toEqual(expect.arrayContaining(receipts));
    const answered = await eventsOnServer(
      central,
      recorded.map((e) => e.eventId),
    );
    expect(answered).toHaveLength(recorded.length);
    expect(answered.every((e) => e.status === 'applied')).toBe(true);
    const lentAssets = recorded.flatMap((e) => e.payload.assetIds ?? []);
    expect(new Set(lentAssets).size).toBe(lentAssets.length);
    for (const id of lentAssets) expect(await openLinesOnServer(central, id)).toBe(1);

    const duplicates = recorded.filter((e) => e.status === 'duplicate').length;
    console.log(
      `kill drill: ${KILL_TRIALS} SIGKILL trials of ${BURST}-checkout bursts (${cutShort} cut short), ` +
        `${receipts.length} receipts shown, ${recorded.length} loans on disk, ${onServer.length} on the server, ` +
        `${duplicates} pushed twice and answered "already applied", answers cut off: ${net.count('cut')}`,
    );
  }, 60_000);

  it('the API unreachable, then flapping and cutting answers off, while pupils borrow: all drains once', async () => {
    const pupil = await person('Ben Ortiz', '1234567890');
    const net = await proxy();
    const dataDir = kioskDataDir();
    const k = await enrolledKiosk(net.url, await enrolmentCode(central, 'Flaky kiosk'), dataDir);
    const receipts: string[] = [];
    const borrow = async () => {
      const tripod = shelf.shift();
      expect(tripod, 'the drill ran out of tripods').toBeDefined();
      const v = await checkout(k, '1234567890', [tripod!]);
      expect(v.phase, v.lastScan?.message).toBe('receipt');
      receipts.push(v.receipt!.allocationId);
    };

    net.setMode('unreachable');
    for (let i = 0; i < 5; i++) await borrow();
    expect(await k.handlers['sync.now']({})).toMatchObject({ online: false, pendingEvents: 5 });

    const flaps: ProxyMode[] = ['forward', 'cut', 'bad-gateway', 'unreachable'];
    let switches = 0;
    const until = Date.now() + 3_000;
    while (Date.now() < until && receipts.length < 40) {
      net.setMode(flaps[randomInt(0, flaps.length)]!);
      switches++;
      await borrow();
      if (randomInt(0, 3) === 0) void k.handlers['sync.now']({});
      await sleep(randomInt(20, 150));
    }
    net.setMode('forward');
    expect(await drain(k)).toMatchObject({ online: true, pendingEvents: 0, openConflicts: 0 });
    await k.close();

    const recorded = recordedEvents(dataDir);
    expect(recorded.map((e) => e.payload.allocationId).sort()).toEqual([...receipts].sort());
    expect(await allocationIdsOnServer(central, pupil)).toEqual([...receipts].sort());
    const answered = await eventsOnServer(
      central,
      recorded.map((e) => e.eventId),
    );
    expect(answered.map((e) => e.status)).toEqual(receipts.map(() => 'applied'));
    console.log(
      `network drill: ${receipts.length} loans (5 while unreachable), ${switches} network changes, ` +
        `answers cut off: ${net.count('cut')}, 502s: ${net.count('bad-gateway')}, ` +
        `connections dropped: ${net.count('unreachable')}, ${receipts.length} on the server once each, ` +
        `${recorded.filter((e) => e.status === 'duplicate').length} pushed twice`,
    );
  });

  it('a return made offline is closed once at the API, though its first answer is cut off', async () => {
    const pupil = await person('Chloe Dubois', '0A0B0C0D0E');
    const lender = await enrolledKiosk(central.url, await enrolmentCode(central, 'Lending kiosk'));
    cores.push(lender);
    const tripod = shelf.shift()!;
    const loan = await checkout(lender, '0A0B0C0D0E', [tripod]);
    expect(await drain(lender)).toMatchObject({ pendingEvents: 0 });

    await central.api('POST', '/people', { name: 'Mr Hale', rfid: '0E0D0C0B0A', staff: true });
    const net = await proxy();
    const dataDir = kioskDataDir();
    const desk = await enrolledKiosk(net.url, await enrolmentCode(central, 'Return desk'), dataDir);
    const info = await desk.handlers['station.info']({});
    // Making the station a return desk is a staff-only change: a member of staff taps their card first.
    await desk.feed(tap('0E0D0C0B0A'));
    await desk.handlers['station.saveSettings']({ ...info.settings, role: 'return-desk' });
    net.setMode('unreachable');
    await desk.feed(label(tripod));
    const done = await desk.handlers['returns.finish']({ partial: false });
    expect(done.summary?.returned).toEqual([`Tripod ${tripod}`]);
    expect(await desk.handlers['sync.now']({})).toMatchObject({ online: false, pendingEvents: 1 });
    net.setMode('cut');
    expect(await desk.handlers['sync.now']({})).toMatchObject({ online: false, pendingEvents: 1 });
    net.setMode('forward');
    expect(await drain(desk)).toMatchObject({ pendingEvents: 0, openConflicts: 0 });
    await desk.close();

    expect(await openLinesOnServer(central, assetIdOf.get(tripod)!)).toBe(0);
    const [returned] = recordedEvents(dataDir);
    expect(returned).toMatchObject({ status: 'duplicate', payload: { type: 'return' } });
    expect(await eventsOnServer(central, [returned!.eventId])).toEqual([
      { eventId: returned!.eventId, type: 'return', status: 'applied' },
    ]);
    expect(await allocationIdsOnServer(central, pupil)).toEqual([loan.receipt!.allocationId]);
    console.log(
      `offline return drill: 1 return, answers cut off: ${net.count('cut')}, closed once at the API`,
    );
  });
});

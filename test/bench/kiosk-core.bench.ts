/**
 * The kiosk core on a school-sized cache: 20,000 people and 100,000 assets in a real SQLite file.
 * Floors from the kiosk-core issue: ≥ 50,000 credential look-ups/s, checkout commit p99 ≤ 2 ms.
 */
import { defaultLendingPolicy, newId, type Change } from '../../domain/index.js';
import { CheckoutSession } from '../../electron/core/session/checkout-session.js';
import { CatalogueReader } from '../../electron/core/store/catalogue-reader.js';
import { Outbox } from '../../electron/core/store/outbox.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { SyncLedger } from '../../electron/core/store/sync-ledger.js';
import { asset, person, tempStoreFile, upsert } from '../../electron/core/testing/catalogue-fixture.js';
import { label, tap } from '../../electron/core/testing/credentials.js';
import { testGate } from '../../electron/core/testing/test-gate.js';
import { ManualClock } from '../../electron/core/testing/manual-clock.js';
import { round, summarise, type Bench } from './harness.js';

const PEOPLE = 20_000;
const ASSETS = 100_000;
const hex10 = (i: number) => i.toString(16).toUpperCase().padStart(10, '0');

function seed() {
  const store = openStore(tempStoreFile());
  const ledger = new SyncLedger(store.db, store.sqlite);
  let page: Change[] = [];
  let cursor = 0;
  const flush = () => {
    cursor += page.length;
    ledger.applyPage({ changes: page, cursor, remaining: 1, policy: defaultLendingPolicy });
    page = [];
  };
  for (let i = 0; i < PEOPLE; i++) {
    page.push(upsert('person', person({ name: `Pupil ${i}`, rfid: hex10(i + 1), barcode: `P${i}` })));
    if (page.length === 5000) flush();
  }
  for (let i = 0; i < ASSETS; i++) {
    page.push(upsert('asset', asset({ id: newId(), name: `Asset ${i}`, barcode: `KD-${i}` })));
    if (page.length === 5000) flush();
  }
  flush();
  return store;
}

const bench: Bench = {
  title: 'kiosk core (20,000 people, 100,000 assets in SQLite)',
  async run() {
    const store = seed();
    const reader = new CatalogueReader(store.sqlite);

    // A card whose reader reports the canonical hex while the school stored it: one look-up per key tried.
    const lookups = 200_000;
    let found = 0;
    const t0 = performance.now();
    for (let i = 0; i < lookups; i++) {
      const n = (i * 7919) % (PEOPLE + ASSETS);
      const keys = n < PEOPLE ? [hex10(n + 1), '0000000000', '000,00000'] : [`KD-${n - PEOPLE}`];
      if (reader.resolve(keys).entity !== 'none') found++;
    }
    const lookupSeconds = (performance.now() - t0) / 1000;
    if (found !== lookups) throw new Error(`only ${found} of ${lookups} credentials resolved`);

    const clock = new ManualClock();
    const session = new CheckoutSession({
      reader,
      outbox: new Outbox(store.sqlite),
      clock,
      idleTimeoutMs: () => 60_000,
      receiptTimeoutMs: 20_000,
      onView: () => {},
      onCue: () => {},
      authority: testGate(clock),
      onRecorded: () => {},
    });
    const commits: number[] = [];
    for (let i = 0; i < 2000; i++) {
      session.credential(tap(hex10((i % PEOPLE) + 1)));
      session.credential(label(`KD-${i}`));
      const s = performance.now();
      const v = session.confirm();
      commits.push(performance.now() - s);
      if (v.phase !== 'receipt') throw new Error(`checkout ${i} was not recorded: ${v.lastScan?.message}`);
      clock.advance(1000);
    }
    store.close();
    const c = summarise(commits);
    return [
      {
        name: 'kiosk.credential_lookups_per_s',
        value: round(lookups / lookupSeconds),
        unit: 'look-ups/s',
        floor: 50_000,
        better: 'higher',
      },
      {
        name: 'kiosk.checkout_commit_median',
        value: round(c.median),
        unit: 'ms',
        floor: null,
        better: 'lower',
      },
      { name: 'kiosk.checkout_commit_p99', value: round(c.p99), unit: 'ms', floor: 2, better: 'lower' },
    ];
  },
};
export default bench;

import { Bench as TinyBench } from 'tinybench';
import { decideCheckout } from '../../domain/lending/decide-checkout.js';
import { aKit, anAsset, checkoutFacts, scan } from '../../domain/testing/lending-builders.js';
import { round, type Bench } from './harness.js';

const { kit, members } = aKit(
  'Aperture LS 300D',
  ['Light', 'Yoke', 'Adapter', 'Stand'],
  ['Cable', 'Reflector'],
);
const basket = checkoutFacts({
  kits: [kit],
  scanned: [...members.map(scan), scan(anAsset()), scan(anAsset({ estimatedValuePence: 150_000 }))],
  confirmedGroupItemIds: kit.items.map((i) => i.id),
});

const bench: Bench = {
  title: 'lending rules (domain)',
  async run() {
    const b = new TinyBench({ time: 1000 });
    b.add('decideCheckout', () => {
      decideCheckout(basket);
    });
    await b.run();
    const t = b.tasks[0]!.result;
    if (!t || t.state !== 'completed') throw new Error('decideCheckout bench did not complete');
    return [
      {
        name: 'rules.checkout_decisions_per_s',
        value: round(t.throughput.mean),
        unit: 'decisions/s',
        floor: null,
        better: 'higher',
      },
      {
        name: 'rules.checkout_decision_p99',
        value: round(t.latency.p99 * 1000),
        unit: 'µs',
        floor: null,
        better: 'lower',
      },
    ];
  },
};
export default bench;

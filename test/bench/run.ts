/**
 * Runs every `*.bench.ts` in this folder and prints one table, or with `--json` one object
 * `{"<name>": {"value", "unit", "floor", "better"}}`. `--only <text>` keeps the benches whose file names contain it.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { meetsFloor, type Bench, type Figure } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

const figures: Figure[] = [];
let failedFloors = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
  if (!json) process.stderr.write(`• ${mod.default.title} …\n`);
  figures.push(...(await mod.default.run()));
}

if (json) {
  const out: Record<string, Omit<Figure, 'name'>> = {};
  for (const { name, ...rest } of figures) out[name] = rest;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  const rows = figures.map((f) => {
    const ok = meetsFloor(f);
    if (ok === false) failedFloors++;
    const floor = f.floor === null ? '' : `${f.better === 'higher' ? '≥' : '≤'} ${f.floor}`;
    return [f.name, String(f.value), f.unit, floor, ok === null ? '' : ok ? 'ok' : 'BELOW FLOOR'];
  });
  const header = ['benchmark', 'value', 'unit', 'floor', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  if (failedFloors > 0) console.log(`\n${failedFloors} figure(s) below their floor.`);
}
process.exit(0);

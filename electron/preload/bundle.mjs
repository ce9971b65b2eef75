// Bundles the preload into one CommonJS file. A sandboxed preload cannot load other files of ours: its
// `require` knows only 'electron' and a few built-ins. `npm run build` runs this after tsc.
// Usage: node electron/preload/bundle.mjs <outfile>
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const [outfile] = process.argv.slice(2);
if (!outfile) {
  console.error('Usage: node electron/preload/bundle.mjs <outfile>');
  process.exit(2);
}

await build({
  entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  // Electron 40 runs Chromium 144.
  target: 'chrome144',
  external: ['electron'],
  logLevel: 'warning',
});

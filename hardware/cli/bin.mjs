#!/usr/bin/env node
// kitdesk-hw: runs the TypeScript CLI through tsx in a checkout, or the compiled one where tsx is absent
// (an install without dev dependencies after `npm run build`).
import { existsSync } from 'node:fs';

const source = new URL('./main.ts', import.meta.url);
const compiled = new URL('../../dist/hardware/cli/main.js', import.meta.url);

let tsx = null;
try {
  tsx = await import('tsx/esm/api');
} catch {
  tsx = null;
}

if (tsx && existsSync(source)) {
  tsx.register();
  await import(source.href);
} else if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  process.stderr.write('kitdesk-hw: run "npm run build" first, or install the dev dependencies (tsx).\n');
  process.exit(1);
}

// tsc compiles code only: copy the SQL migrations and functions next to the compiled modules that read them.
import { cpSync } from 'node:fs';

for (const folder of [
  'electron/core/store/migrations',
  'central-api/db/migrations',
  'central-api/db/functions',
]) {
  cpSync(folder, `dist/${folder}`, { recursive: true });
}

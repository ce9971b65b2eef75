// tsc compiles code only: copy the SQL migrations next to the compiled modules that look for them there.
import { cpSync } from 'node:fs';

for (const folder of ['electron/core/store/migrations', 'central-api/db/migrations']) {
  cpSync(folder, `dist/${folder}`, { recursive: true });
}

/** Shared set-up of the benchmarks that run the central API on real PostgreSQL in a process of its own. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** TEST_DATABASE_URL, or the throwaway cluster of scripts/pg-throwaway.sh (started if need be). */
export function postgresUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  return execFileSync(join(here, '../../../scripts/pg-throwaway.sh'), ['start'], { encoding: 'utf8' }).trim();
}

/** The API (and a bare Fastify "hello" beside it) on `url`, in a process of its own. */
export async function startServerProcess(
  url: string,
): Promise<{ child: ChildProcess; api: string; hello: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, '..', 'central-api-bench-server.ts'), url],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { child, ...(JSON.parse(line) as { api: string; hello: string }) };
}

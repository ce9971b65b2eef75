/**
 * Imports posted over real HTTP to the central API in a process of its own (import-api-process.ts), with
 * the file made as it is sent, so neither side needs to hold it whole, and that process's memory read
 * from Linux's /proc.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { ImportReport } from '../../domain/api/imports.js';

const here = dirname(fileURLToPath(import.meta.url));

export type ImportApi = {
  child: ChildProcess;
  url: string;
  authorization: string;
  close(): Promise<void>;
};

export async function startImportApi(): Promise<ImportApi> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'import-api-process.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const { url, authorization } = JSON.parse(line) as { url: string; authorization: string };
  return {
    child,
    url,
    authorization,
    async close() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A CSV made row by row as it is read: `header`, then `row(i)` for i = 0, 1, … up to the limit. */
export function generatedCsv(
  header: string,
  row: (i: number) => string,
  limit: { bytes: number } | { rows: number },
) {
  const made = { rows: 0, bytes: 0 };
  const more = (pending: number) =>
    'rows' in limit ? made.rows < limit.rows : made.bytes + pending < limit.bytes;
  function* chunks(): Generator<Buffer> {
    let chunk = `${header}\n`;
    while (more(chunk.length)) {
      chunk += `${row(made.rows++)}\n`;
      if (chunk.length >= 64 * 1024) {
        made.bytes += chunk.length;
        yield Buffer.from(chunk);
        chunk = '';
      }
    }
    made.bytes += chunk.length;
    yield Buffer.from(chunk);
  }
  return { body: Readable.from(chunks(), { objectMode: false }), made };
}

/** POST a CSV body to `/imports/<kind>` (a dry run unless `commit`); the status and the report if any. */
export async function postImport(
  api: ImportApi,
  kind: 'people' | 'assets',
  body: Readable,
  commit = false,
): Promise<{ status: number; text: string; report: ImportReport | null }> {
  const res = await request(`${api.url}/imports/${kind}${commit ? '?commit=true' : ''}`, {
    method: 'POST',
    headers: { authorization: api.authorization, 'content-type': 'text/csv' },
    body,
  });
  const text = await res.body.text();
  return {
    status: res.statusCode,
    text,
    report: res.statusCode === 200 ? ImportReport.parse(JSON.parse(text)) : null,
  };
}

/** Whether a process's peak resident set can be read and reset here (Linux's /proc/<pid>/clear_refs). */
const canMeasurePeakRss = (pid: number): boolean => existsSync(`/proc/${pid}/clear_refs`);

/** A process's resident set now and its peak since the last reset, in MB. */
function residentMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Clock ticks per second of /proc's CPU times (sysconf CLK_TCK). */
let ticksPerSecond: number | undefined;

/** The CPU a process has used, user and system, in seconds: what it cost, whatever else the machine runs. */
function cpuSeconds(pid: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  // Fields 14 and 15 of proc(5)'s stat, counted after the command name, which may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/** Reset a process's peak resident set to what it holds now ("5": the peak, see proc(5)). */
function resetPeakRss(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** A people file whose every row is wrong three ways: its email, its yes/no and its date. */
export const BAD_PEOPLE_HEADER = 'Name,Email,Staff,Left at';
export const badPersonRow = (i: number) => `Pupil ${i},pupil ${i} at school,maybe,31/02/2024`;

/**
 * A dry run of a generated people file, timed, with how much the API's peak resident set grew over what
 * it held just before, in MB, and the CPU seconds the API spent on it (both null where Linux's /proc
 * cannot tell).
 */
export async function measuredPeopleDryRun(api: ImportApi, csv: ReturnType<typeof generatedCsv>) {
  const pid = api.child.pid!;
  const measured = canMeasurePeakRss(pid);
  if (measured) resetPeakRss(pid);
  const before = measured ? residentMb(pid).now : 0;
  const cpuBefore = measured ? cpuSeconds(pid) : 0;
  const started = performance.now();
  const res = await postImport(api, 'people', csv.body);
  const seconds = (performance.now() - started) / 1000;
  const growthMb = measured ? residentMb(pid).peak - before : null;
  const apiCpuSeconds = measured ? cpuSeconds(pid) - cpuBefore : null;
  return { ...res, seconds, growthMb, apiCpuSeconds };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach } from 'vitest';

/** Clean-ups (unplugging ptys, closing ports, killing processes) a test pushes, run after it newest first. */
export function cleanUpAfterEach(): (() => Promise<void>)[] {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  return cleanups;
}

/** Polls until `check` holds, or fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * A socat pseudo-terminal pair standing in for a USB serial reader (hardware.md §8): the driver opens
 * `device`, the test plays the reader on `peer`. Stopping socat is an unplug: both ends vanish, and the
 * driver's port closes with `disconnected`. Starting it again on the same links is the replug.
 */
export class PtyPair {
  readonly device: string;
  readonly peer: string;
  private socat: ChildProcess | null = null;

  private constructor(dir: string) {
    this.device = join(dir, 'reader');
    this.peer = join(dir, 'reader-peer');
  }

  static async start(): Promise<PtyPair> {
    const pair = new PtyPair(mkdtempSync(join(tmpdir(), 'kitdesk-pty-')));
    await pair.plug();
    return pair;
  }

  async plug(): Promise<void> {
    this.socat = spawn(
      'socat',
      ['-d', '-d', `pty,raw,echo=0,link=${this.device}`, `pty,raw,echo=0,link=${this.peer}`],
      { stdio: 'ignore' },
    );
    await waitFor(() => existsSync(this.device) && existsSync(this.peer), 'socat to create the ptys', 5000);
  }

  async unplug(): Promise<void> {
    const socat = this.socat;
    this.socat = null;
    if (!socat || socat.exitCode !== null) return;
    const exited = new Promise((r) => socat.once('exit', r));
    socat.kill('SIGTERM');
    await exited;
  }

  /** The reader's side of the cable. */
  async openPeer(): Promise<SerialPort> {
    const port = new SerialPort({ path: this.peer, baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
    return port;
  }
}

export function writeAll(port: SerialPort, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) =>
    port.write(Buffer.from(bytes), (e) => (e ? reject(e) : port.drain((d) => (d ? reject(d) : resolve())))),
  );
}

export function closePort(port: SerialPort): Promise<void> {
  return new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve()));
}

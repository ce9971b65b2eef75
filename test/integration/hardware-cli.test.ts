import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AttachedDevice } from '../../domain/devices/device-events.js';
import { toHex } from '../../hardware/bytes/hex.js';
import { keyboardReports, rdm6300Frame } from '../../hardware/simulator/protocol-encoders.js';
import { PtyPair, cleanUpAfterEach, closePort, waitFor, writeAll } from './hardware-pty-pair.js';

/** `kitdesk-hw` as a technician runs it: the package's bin shim, in a process of its own. */

const bin = fileURLToPath(new URL('../../hardware/cli/bin.mjs', import.meta.url));
const run = (...args: string[]) => promisify(execFile)(process.execPath, [bin, ...args]);

const cleanups = cleanUpAfterEach();

describe('kitdesk-hw', () => {
  it('decodes the issue’s example to exactly the issue’s JSON', async () => {
    const { stdout } = await run(
      'decode',
      '--protocol',
      'em4100',
      '--hex',
      '02 36 37 30 30 33 42 35 31 43 36 43 42 03',
    );
    expect(stdout).toBe(
      '{"event":"credential","kind":"em4100","canonical":"67003B51C6","aliases":["0003887558","059,20934","442385519046"]}\n',
    );
  });

  it('decodes HID reports given with --reports, and says how to call it when given the wrong input', async () => {
    // Source: node-hid #228 "4*9" capture (Shift in a modifier-only report).
    const reports = [
      '00 00 21 00 00 00 00 00',
      '00 00 00 00 00 00 00 00',
      '02 00 00 00 00 00 00 00',
      '02 00 25 00 00 00 00 00',
      '02 00 00 00 00 00 00 00',
      '00 00 00 00 00 00 00 00',
      '00 00 26 00 00 00 00 00',
      '00 00 00 00 00 00 00 00',
      '00 00 28 00 00 00 00 00',
      '00 00 00 00 00 00 00 00',
    ].join(';');
    const { stdout } = await run('decode', '--protocol', 'hid-keyboard', '--reports', reports);
    expect(JSON.parse(stdout)).toEqual({ event: 'barcode', data: '4*9', symbology: null });
    await expect(run('decode', '--protocol', 'hid-pos', '--hex', '02')).rejects.toMatchObject({
      code: 2,
      stderr:
        'kitdesk-hw: hid-pos decodes HID reports: give them with --reports "hex;hex;…", one report per item.\n',
    });
  });

  it('prints a keyboard-mode scan sent without Enter, ended by the end of the reports', async () => {
    const reports = keyboardReports('KD-00042', 'us', 'none').map(toHex).join(';');
    const { stdout } = await run('decode', '--protocol', 'hid-keyboard', '--reports', reports);
    expect(stdout).toBe('{"event":"barcode","data":"KD-00042","symbology":null}\n');
  });

  it('lists attached devices as JSON that fits the contract', async () => {
    const { stdout } = await run('list', '--json');
    const devices = AttachedDevice.array().parse(JSON.parse(stdout));
    expect(devices.every((d) => d.guess.length > 0)).toBe(true);
  });

  it('monitors a serial reader: raw hex and decoded events until Ctrl+C', async () => {
    const pty = await PtyPair.start();
    cleanups.push(() => pty.unplug());
    const child = spawn(process.execPath, [
      bin,
      'monitor',
      '--path',
      pty.device,
      '--protocol',
      'em4100',
      '--json',
    ]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    cleanups.push(async () => {
      child.kill('SIGKILL');
    });
    await waitFor(() => out.includes('"state":"connected"'), 'the monitor to open the port', 20_000);
    const reader = await pty.openPeer();
    cleanups.push(() => closePort(reader));
    await writeAll(reader, rdm6300Frame('67003B51C6'));
    await waitFor(() => out.includes('"type":"credential"'), 'the credential');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    const events = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; hex?: string });
    expect(events.find((e) => e.type === 'raw')?.hex).toBe('02 36 37 30 30 33 42 35 31 43 36 43 42 03');
    expect(events.at(-1)).toMatchObject({ type: 'status', state: 'disconnected' });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The shipped rules, checked for the mistakes hardware.md §7.1 and §10 list: upper-case ids, a rule on
 * "usb"/"input" expected to reach hidraw, serial rules without the ModemManager opt-out or a stable name.
 */
const file = new URL('./60-kitdesk-readers.rules', import.meta.url);
const rules = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));

const KEY = /^(ACTION|SUBSYSTEM|KERNEL|ATTRS\{\w+\}|ENV\{\w+\}|MODE|GROUP|TAG|SYMLINK)(==|!=|=|\+=)"[^"]*"$/;

describe('udev rules', () => {
  it('is numbered before logind (73) and ModemManager (80)', () => {
    expect(Number(file.pathname.split('/').at(-1)!.slice(0, 2))).toBeLessThan(73);
  });

  it('has only well-formed keys with lower-case 4-digit ids', () => {
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      for (const key of rule.split(', ')) expect(key, rule).toMatch(KEY);
      for (const [, id] of rule.matchAll(/ATTRS\{id(?:Vendor|Product)\}=="([^"]*)"/g))
        expect(id).toMatch(/^[0-9a-f]{4}$/);
    }
  });

  it('gives serial devices a stable name and keeps ModemManager away', () => {
    const tty = rules.filter((r) => r.includes('SUBSYSTEM=="tty"'));
    expect(tty.length).toBeGreaterThan(0);
    for (const r of tty) expect(r).toMatch(/ENV\{ID_MM_DEVICE_IGNORE\}="1".*SYMLINK\+="kitdesk-/);
  });

  it('targets hidraw nodes for the hidraw backend and usb device nodes for libusb', () => {
    for (const r of rules.filter((x) => x.includes('hidraw')))
      expect(r).toMatch(/KERNEL=="hidraw\*", SUBSYSTEM=="hidraw"/);
    for (const r of rules.filter((x) => x.includes('SUBSYSTEM=="usb"')))
      expect(r).toContain('ENV{DEVTYPE}=="usb_device"');
  });
});

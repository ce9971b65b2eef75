import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStationSettings, SettingsFile, staffAuthoritySeconds } from './settings-file.js';

const dir = () => mkdtempSync(join(tmpdir(), 'kitdesk-station-'));

describe('SettingsFile', () => {
  it('starts with defaults and keeps what is saved', () => {
    const d = dir();
    expect(new SettingsFile(d).get()).toEqual(defaultStationSettings);
    new SettingsFile(d).save({
      ...defaultStationSettings,
      role: 'return-desk',
      apiUrl: 'http://127.0.0.1:8080',
    });
    expect(new SettingsFile(d).get().role).toBe('return-desk');
  });

  it('moves an invalid file aside with a warning instead of losing it or crashing', () => {
    const d = dir();
    writeFileSync(join(d, 'station.json'), '{"role":"toaster"}');
    const warnings: string[] = [];
    const s = new SettingsFile(d, (m) => warnings.push(m));
    expect(s.get()).toEqual(defaultStationSettings);
    expect(warnings[0]).toMatch(/were not valid \(.*role: /);
    expect(readdirSync(d).some((f) => f.startsWith('station.json.invalid-'))).toBe(true);
  });

  it('refuses to save invalid settings', () => {
    expect(() =>
      new SettingsFile(dir()).save({ ...defaultStationSettings, idleTimeoutSeconds: 1 }),
    ).toThrow();
  });
});

describe('STAFF_AUTHORITY_SECONDS', () => {
  it('is 120 unless set, and a whole number of seconds from 10 to 3600 when it is', () => {
    expect(staffAuthoritySeconds({})).toBe(120);
    expect(staffAuthoritySeconds({ STAFF_AUTHORITY_SECONDS: '' })).toBe(120);
    expect(staffAuthoritySeconds({ STAFF_AUTHORITY_SECONDS: '45' })).toBe(45);
    for (const bad of ['5', '4000', '1.5', 'two minutes']) {
      expect(() => staffAuthoritySeconds({ STAFF_AUTHORITY_SECONDS: bad })).toThrow(
        `STAFF_AUTHORITY_SECONDS must be a whole number of seconds from 10 to 3600, not "${bad}".`,
      );
    }
  });
});

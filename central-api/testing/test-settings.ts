import { readSettings, type AppSettings } from '../settings.js';

/** The settings of a server started with no environment at all, with a test's changes. */
export function testSettings(changes: Partial<AppSettings> = {}): AppSettings {
  return { ...readSettings({}).app, ...changes };
}

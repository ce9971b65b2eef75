import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StationSettings } from '../../../domain/index.js';

export const defaultStationSettings: StationSettings = {
  apiUrl: null,
  role: 'self-service',
  idleTimeoutSeconds: 60,
  soundsOn: true,
};

const AuthoritySeconds = z.coerce.number().int().min(10).max(3600).default(120);

/**
 * `STAFF_AUTHORITY_SECONDS` (10 to 3600, default 120): how long a staff tap, or a staff barcode and PIN,
 * gives staff authority at most; a session that ends sooner takes it with it. Set for the kiosk's process,
 * not in station.json, so it cannot be changed from the screen it guards.
 */
export function staffAuthoritySeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.STAFF_AUTHORITY_SECONDS;
  const parsed = AuthoritySeconds.safeParse(raw === '' ? undefined : raw);
  if (!parsed.success)
    throw new Error(
      `STAFF_AUTHORITY_SECONDS must be a whole number of seconds from 10 to 3600, not "${raw}".`,
    );
  return parsed.data;
}

/**
 * The station's settings in `station.json` beside its database. A file that is not valid is moved aside
 * (never deleted, so a technician can see what was wrong) and the station starts on the first-run screen.
 */
export class SettingsFile {
  readonly path: string;
  private current: StationSettings;

  constructor(
    dataDir: string,
    private readonly warn: (message: string) => void = console.warn,
  ) {
    this.path = join(dataDir, 'station.json');
    this.current = this.load();
  }

  private load(): StationSettings {
    if (!existsSync(this.path)) return defaultStationSettings;
    let problem: string;
    try {
      const parsed = StationSettings.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (parsed.success) return parsed.data;
      problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err);
    }
    const aside = `${this.path}.invalid-${Date.now()}`;
    renameSync(this.path, aside);
    this.warn(
      `Station settings in ${this.path} were not valid (${problem}); moved to ${aside}, starting with defaults.`,
    );
    return defaultStationSettings;
  }

  get(): StationSettings {
    return this.current;
  }

  save(settings: StationSettings): StationSettings {
    const valid = StationSettings.parse(settings);
    writeFileSync(this.path, `${JSON.stringify(valid, null, 2)}\n`);
    this.current = valid;
    return valid;
  }
}

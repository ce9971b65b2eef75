/**
 * A trust-sized catalogue for the console's benchmarks: 100,000 assets and 20,000 people, inserted in
 * bulk and left vacuumed and analysed, as an import leaves them (see central-api/imports/import-runner.ts).
 */
import { sql } from 'drizzle-orm';
import { newId } from '../../../domain/ids.js';
import type { Database } from '../../../central-api/db/database.js';
import { insertRows } from '../../../central-api/db/raw-query.js';
import { asset, credential, person } from '../../../central-api/db/schema/index.js';

export const ASSETS = 100_000;
export const PEOPLE = 20_000;
export const TYPES = ['Camera', 'Tripod', 'Microphone', 'Lighting', 'Laptop'];
const MAKERS = ['Canon', 'Rode', 'Manfrotto', 'Aputure', 'Dell'];

export async function seedTrustCatalogue(database: Database): Promise<void> {
  await insertRows(
    database.db,
    asset,
    Array.from({ length: ASSETS }, (_, i) => ({
      id: newId(),
      name: `${TYPES[i % TYPES.length]!} ${i}`,
      barcode: `KD-${i}`,
      rfid: `E200${String(i).padStart(8, '0')}`,
      serialNumber: `SN-${i * 7919}`,
      manufacturer: MAKERS[i % MAKERS.length]!,
      modelId: `Model ${i % 400}`,
    })),
  );
  await insertRows(
    database.db,
    person,
    Array.from({ length: PEOPLE }, (_, i) => ({
      id: newId(),
      name: `Pupil ${i}`,
      email: `pupil.${i}@school.test`,
      rfid: `C0DE${String(i).padStart(8, '0')}`,
    })),
  );
  // As an import leaves them: vacuumed and analysed (see import-runner.ts).
  for (const table of [asset, person, credential]) await database.db.execute(sql`vacuum (analyze) ${table}`);
}

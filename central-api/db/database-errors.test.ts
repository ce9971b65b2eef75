import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOfErrorCode } from '../http/error-status.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { kitdeskErrorOfDatabase } from './database-errors.js';

describe.each(databaseKinds)('a value the database cannot take, on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  const refusal = async (query: ReturnType<typeof sql>) => {
    const err = await database.db.execute(query).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err, 'the database accepted it').not.toBeNull();
    return kitdeskErrorOfDatabase(err);
  };

  it('is a 400 with a sentence, never a 500', async () => {
    const cases = [
      [sql`select ${'a\u0000b'}::text`, /cannot store \(a NUL byte/],
      [sql`select ${'not-a-uuid'}::uuid`, /not in the form its field needs/],
      [sql`select ${'99999999999'}::int`, /out of the range/],
      [sql`select ${'2024-02-30'}::date`, /date or time/],
    ] as const;
    for (const [query, message] of cases) {
      const error = await refusal(query);
      expect(error?.code).toBe('validation_failed');
      expect(statusOfErrorCode[error!.code]).toBe(400);
      expect(error?.message).toMatch(message);
      expect(error?.message).toMatch(/Correct it and try again\.$/);
    }
  });
});

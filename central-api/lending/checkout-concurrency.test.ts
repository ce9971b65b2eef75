import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../domain/api-error.js';
import { RefusalDetails } from '../../domain/api/lending.js';
import { newId } from '../../domain/ids.js';
import { allocationAssetLine } from '../db/schema/index.js';
import { startServer, type RunningServer } from '../server.js';
import { caller } from '../testing/http.js';
import { makeCatalogue } from '../testing/test-catalogue.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';
import { testSettings } from '../testing/test-settings.js';

const CONTENDERS = 20;

describe.each(databaseKinds)('simultaneous checkouts of one asset on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let cast: { staff: SignedIn };
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startServer({ db: database, settings: testSettings() });
    cast = await signedInCast(server.app, database.db);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it(`${CONTENDERS} checkouts over real sockets give exactly one loan`, async () => {
    const c = await makeCatalogue(caller(server.app, cast.staff.auth));
    const camera = await c.asset('Blackmagic Pocket 6K');
    const borrowers = await Promise.all(Array.from({ length: CONTENDERS }, (_, i) => c.person(`Pupil ${i}`)));
    const answers = await Promise.all(
      borrowers.map((b) =>
        fetch(`${server.url}/loans`, {
          method: 'POST',
          headers: { ...cast.staff.auth, 'content-type': 'application/json' },
          body: JSON.stringify({
            allocationId: newId(),
            borrower: { personId: b.id },
            items: [{ assetId: camera.id }],
          }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown })),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused).toHaveLength(CONTENDERS - 1);
    for (const r of refused) {
      expect(r.status).toBe(422);
      const details = RefusalDetails.parse(ApiErrorBody.parse(r.body).error.details);
      expect(details.refusals.map((x) => x.code)).toEqual(['asset_on_loan']);
    }
    const open = await database.db
      .select()
      .from(allocationAssetLine)
      .where(and(eq(allocationAssetLine.assetId, camera.id), isNull(allocationAssetLine.returnedAt)));
    expect(open).toHaveLength(1);
  });

  it('the schema itself refuses a second open loan line for one asset', async () => {
    const [line] = await database.db
      .select()
      .from(allocationAssetLine)
      .where(isNull(allocationAssetLine.returnedAt));
    await expect(
      database.db
        .insert(allocationAssetLine)
        .values({ id: newId(), allocationId: line!.allocationId, assetId: line!.assetId }),
    ).rejects.toThrow();
  });
});

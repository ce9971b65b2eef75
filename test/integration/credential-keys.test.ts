/**
 * One code, one key: a card or label code typed in lower case finds the same person at the central API's
 * look-up, at a kiosk's search and through a keyboard-wedge scanner, however its case was written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../central-api/testing/test-databases.js';
import type { KioskCore } from '../../electron/core/index.js';
import { enrolmentCode, startCentral, type Central } from './support/central.js';
import { enrolledKiosk } from './support/kiosk.js';

describe.each(databaseKinds)('a code typed in lower case on %s', (kind) => {
  let central: Central;
  let kiosk: KioskCore;
  let person: { id: string; barcode: string };

  beforeAll(async () => {
    central = await startCentral(kind);
    person = await central.api('POST', '/people', { name: 'Amira Khan', barcode: ' Lib-4471a ' });
    kiosk = await enrolledKiosk(central.url, await enrolmentCode(central, 'Library kiosk'));
  });
  afterAll(async () => {
    await kiosk?.close();
    await central?.close();
  });

  it('is stored as its key', () => {
    expect(person.barcode).toBe('LIB-4471A');
  });

  it('finds the same person at GET /lookup, at a kiosk’s search and from a wedge scanner', async () => {
    const looked = await central.api<{ kind: string; person: { id: string } }>(
      'GET',
      '/lookup?code=lib-4471a',
    );
    expect(looked).toMatchObject({ kind: 'person', person: { id: person.id } });

    const found = await kiosk.handlers['catalogue.search']({ query: 'lib-4471a', limit: 5 });
    expect(found.people.map((p) => p.id)).toEqual([person.id]);

    await kiosk.handlers['input.wedgeScan']({ data: 'lib-4471a' });
    expect((await kiosk.handlers['session.get']({})).borrower?.id).toBe(person.id);
  });
});

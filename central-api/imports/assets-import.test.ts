import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Asset } from '../../domain/model/asset.js';
import { caller, type Caller } from '../testing/http.js';
import { csvFile, exportCsv, footprint, importCsv } from '../testing/csv-import.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';

const HEADER = [
  'Name',
  'Barcode',
  'Serial number',
  'Asset type',
  'Location',
  'Home location',
  'Purchase date',
  'Estimated value',
  'Cannot lend',
];

describe.each(databaseKinds)('asset import on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let staff: Caller;
  let c: Catalogue;
  let personCard: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    c = await makeCatalogue(staff);
    personCard = (await c.person('Card Holder')).rfid!;
  });
  afterAll(async () => {
    await t?.close();
  });

  const good = (n: number, over: Partial<Record<(typeof HEADER)[number], string>> = {}) => {
    const row: Record<string, string> = {
      Name: `Canon C${n}`,
      Barcode: `IMP-${n}`,
      'Serial number': `SN-${n}`,
      'Asset type': 'camera',
      Location: 'AV shed 2',
      'Home location': 'AV shed 2',
      'Purchase date': '13/04/2023',
      'Estimated value': '1,250.00',
      'Cannot lend': 'no',
      ...over,
    };
    return HEADER.map((h) => row[h]!);
  };
  /** A dozen different faults, one per row, after one good row (line 2). */
  const faulty = () => [
    HEADER,
    good(1),
    good(2, { Name: '' }),
    good(3, { 'Asset type': 'Camra' }),
    good(4, { 'Purchase date': '31/02/2023' }),
    good(5, { 'Purchase date': '03/04/23' }),
    good(6, { 'Purchase date': '12/25/2023' }),
    good(7, { 'Estimated value': 'twelve pounds' }),
    good(8, { 'Cannot lend': 'maybe' }),
    good(9, { Barcode: 'IMP-1' }),
    good(10, { Barcode: personCard }),
    good(11, { Barcode: '', 'Serial number': '' }),
    good(12, { Location: 'Narnia' }),
    [...good(13), 'an extra cell'],
  ];
  const fixed = () => [HEADER, ...Array.from({ length: 13 }, (_, i) => good(i + 1))];

  it('reports every fault of a dozen, each by line, column and reason, and changes nothing', async () => {
    const before = await footprint(t.database.db, 'asset');
    const dry = await importCsv(t.app, cast.staff.auth, 'assets', csvFile(faulty()), false);
    expect(dry.status).toBe(200);
    expect(dry.report).toMatchObject({ kind: 'assets', committed: false, rows: 13, created: 1 });
    expect(dry.report.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [3, 'Name', 'required'],
      [4, 'Asset type', 'unknown_reference'],
      [5, 'Purchase date', 'bad_date'],
      [6, 'Purchase date', 'ambiguous_date'],
      [7, 'Purchase date', 'bad_date'],
      [8, 'Estimated value', 'bad_number'],
      [9, 'Cannot lend', 'bad_boolean'],
      [10, 'Barcode', 'duplicate_in_file'],
      [11, 'Barcode', 'taken'],
      [12, null, 'no_key'],
      [13, 'Location', 'unknown_reference'],
      [14, null, 'column_count'],
    ]);
    const messages = dry.report.problems.map((p) => p.message);
    expect(messages[1]).toContain('“Camra”');
    expect(messages[4]).toMatch(/month\/day\/year/);
    expect(messages[7]).toContain('line 2');
    expect(messages[8]).toContain('Card Holder');

    const committed = await importCsv(t.app, cast.staff.auth, 'assets', csvFile(faulty()), true);
    expect(committed.status).toBe(400);
    expect(committed.message).toMatch(/12 problems, so nothing was imported/);
    expect(committed.report.problems).toHaveLength(12);
    expect(await footprint(t.database.db, 'asset')).toEqual(before);
  });

  it('imports the fixed file, and the same file again changes nothing', async () => {
    const before = await footprint(t.database.db, 'asset');
    const first = await importCsv(t.app, cast.staff.auth, 'assets', csvFile(fixed()), true);
    expect(first.report).toMatchObject({
      committed: true,
      rows: 13,
      created: 13,
      updated: 0,
      unchanged: 0,
      problems: [],
    });
    const after = await footprint(t.database.db, 'asset');
    expect(after.rows).toBe(before.rows + 13);
    expect(after.audit).toBe(before.audit + 13);
    const found = Asset.parse((await staff.get('/assets?q=IMP-4')).json().items[0]);
    expect(found).toMatchObject({
      name: 'Canon C4',
      serialNumber: 'SN-4',
      assetTypeId: c.cameras.id,
      locationId: c.shed.id,
      purchaseDate: '2023-04-13',
      estimatedValuePence: 125_000,
      cannotLend: false,
    });
    const history = (await staff.get(`/assets/${found.id}/history`)).json().items;
    expect(history[0]).toMatchObject({
      action: 'asset.create',
      description: 'Canon C4 was added to the catalogue by an import.',
    });

    const again = await importCsv(t.app, cast.staff.auth, 'assets', csvFile(fixed()), true);
    expect(again.report).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 13 });
    expect(await footprint(t.database.db, 'asset')).toEqual(after);
  });

  it('updates what changed, finds barcode-less assets by serial number, and refuses to move one on loan', async () => {
    const changed = fixed().map((row, i) => (i === 1 ? good(1, { Name: 'Canon C1 Mark II' }) : row));
    const update = await importCsv(t.app, cast.staff.auth, 'assets', csvFile(changed), true);
    expect(update.report).toMatchObject({ created: 0, updated: 1, unchanged: 12 });

    const bySerial = [HEADER, good(50, { Barcode: '' })];
    expect((await importCsv(t.app, cast.staff.auth, 'assets', csvFile(bySerial), true)).report.created).toBe(
      1,
    );
    const tagged = [HEADER, good(50, { Barcode: 'IMP-50' })];
    expect((await importCsv(t.app, cast.staff.auth, 'assets', csvFile(tagged), true)).report).toMatchObject({
      created: 0,
      updated: 1,
    });

    const lent = await c.asset('Lent camera', { serialNumber: 'SN-LENT', barcode: 'IMP-LENT' });
    const borrower = await c.person('Lena Lent');
    expect(
      (await staff.post('/loans', { borrower: { personId: borrower.id }, items: [{ assetId: lent.id }] }))
        .statusCode,
    ).toBe(201);
    const move = [
      HEADER,
      good(0, {
        Name: 'Lent camera',
        Barcode: 'IMP-LENT',
        'Serial number': 'SN-LENT',
        Location: 'Drama studio',
      }),
    ];
    const refused = await importCsv(t.app, cast.staff.auth, 'assets', csvFile(move), false);
    expect(refused.report.problems.map((p) => [p.field, p.code])).toEqual([['Location', 'on_loan']]);
  });

  it('exports assets in the columns it imports, so an export imports again unchanged', async () => {
    await c.asset('=HYPERLINK("http://evil.test")', { barcode: 'IMP-FORMULA' });
    const exported = await exportCsv(t.app, cast.staff.auth, 'assets');
    expect(exported.contentType).toMatch(/^text\/csv/);
    expect(exported.rows[0]?.slice(0, 4)).toEqual(['id', 'name', 'barcode', 'rfid']);
    const formula = exported.rows.find((r) => r[2] === 'IMP-FORMULA');
    expect(formula?.[1]).toBe(`'=HYPERLINK("http://evil.test")`);
    const total = (await footprint(t.database.db, 'asset')).rows;
    expect(exported.rows).toHaveLength(total + 1);
    const before = await footprint(t.database.db, 'asset');
    const back = await importCsv(t.app, cast.staff.auth, 'assets', exported.text, true);
    expect(back.report).toMatchObject({
      committed: true,
      created: 0,
      updated: 0,
      unchanged: total,
      problems: [],
    });
    expect(await footprint(t.database.db, 'asset')).toEqual(before);
  });

  it('exports every other catalogue table', async () => {
    const locations = await exportCsv(t.app, cast.staff.auth, 'locations');
    expect(locations.rows[0]).toEqual(['id', 'name', 'area']);
    expect(locations.rows.map((r) => r[1])).toEqual(expect.arrayContaining(['AV shed 2', 'Drama studio']));
    for (const table of ['groups', 'group-items', 'asset-types', 'disposal-types']) {
      expect((await exportCsv(t.app, cast.staff.auth, table)).rows[0]?.[0]).toBe('id');
    }
    expect((await staff.get('/exports/people')).statusCode).toBe(403);
    expect((await staff.get('/exports/kiosks')).statusCode).toBe(400);
  });

  it('reads only CSV bodies and refuses a file that is not CSV', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/imports/assets',
      headers: cast.staff.auth,
      payload: { name: 'x' },
    });
    expect(json.statusCode).toBe(400);
    const broken = await importCsv(t.app, cast.staff.auth, 'assets', 'name,barcode\n"Tripod"x,1\n', false);
    expect(broken.report.problems).toEqual([
      expect.objectContaining({ line: 2, field: null, code: 'malformed_csv' }),
    ]);
    const unknown = await importCsv(
      t.app,
      cast.staff.auth,
      'assets',
      'name,barcode,colour,flavour\nTripod,B-1,red,lime\n',
      false,
    );
    expect(unknown.report.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [1, 'flavour', 'unknown_column'],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeoplePage } from '../../domain/api/people.js';
import { caller, type Caller } from '../testing/http.js';
import { csvFile, exportCsv, footprint, importCsv } from '../testing/csv-import.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';

/** Headed as a school information system exports them. */
const HEADER = [
  'Forename',
  'Surname',
  'Email address',
  'Year group',
  'School',
  'RFID card',
  'Card barcode',
  'Leaving date',
];
const pupil = (n: number, over: Partial<Record<string, string>> = {}) => {
  const row: Record<string, string> = {
    Forename: `Pupil`,
    Surname: `Number ${n}`,
    'Email address': `Pupil.${n}@School.test`,
    'Year group': 'Year 10',
    School: 'Belmont',
    'RFID card': `00${1000 + n}`,
    'Card barcode': `P-${n}`,
    'Leaving date': '',
    ...over,
  };
  return HEADER.map((h) => row[h]!);
};

describe.each(databaseKinds)('people import on %s', (kind) => {
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let admin: Caller;
  let c: Catalogue;
  beforeAll(async () => {
    t = await startTestApp(kind);
    cast = await signedInCast(t.app, t.database.db);
    admin = caller(t.app, cast.admin.auth);
    c = await makeCatalogue(caller(t.app, cast.staff.auth));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports what is wrong with each row and changes nothing', async () => {
    const tripod = await c.asset('Tripod', { barcode: 'TAKEN-1' });
    const before = await footprint(t.database.db, 'person');
    const file = [
      HEADER,
      pupil(1),
      pupil(2, { 'Email address': 'not-an-email' }),
      pupil(3, { 'RFID card': '001001' }),
      pupil(4, { 'Card barcode': tripod.barcode! }),
      pupil(5, { 'Email address': '', 'RFID card': '', 'Card barcode': '' }),
      pupil(6, { 'Leaving date': '2024-13-01' }),
      pupil(7, { Forename: '', Surname: '' }),
    ];
    const { report } = await importCsv(t.app, cast.admin.auth, 'people', csvFile(file), false);
    expect(report.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [3, 'Email address', 'invalid'],
      [4, 'RFID card', 'duplicate_in_file'],
      [5, 'Card barcode', 'taken'],
      [6, null, 'no_key'],
      [7, 'Leaving date', 'bad_date'],
      [8, 'Forename', 'required'],
    ]);
    expect(report.problems.map((p) => p.value)).toEqual([
      'not-an-email',
      '001001',
      tripod.barcode,
      null,
      '2024-13-01',
      null,
    ]);
    expect(report.problems[0]?.message).toBe('“not-an-email” is not an email address.');
    expect(report.problems[2]?.message).toContain('“Tripod”');
    expect(await footprint(t.database.db, 'person')).toEqual(before);
  });

  it('imports a school information system export, and again changes nothing', async () => {
    const file = csvFile([HEADER, pupil(1), pupil(2, { 'Leaving date': '31/07/2025' }), pupil(3)]);
    const first = await importCsv(t.app, cast.admin.auth, 'people', file, true);
    expect(first.report).toMatchObject({
      committed: true,
      created: 3,
      updated: 0,
      unchanged: 0,
      problems: [],
    });
    const page = PeoplePage.parse((await admin.get('/people?q=pupil.2@school.test')).json());
    expect(page.items[0]).toMatchObject({
      name: 'Pupil Number 2',
      email: 'pupil.2@school.test',
      department: 'Year 10',
      rfid: '001002',
      barcode: 'P-2',
      leftAt: '2025-07-31',
      lend: true,
      staff: false,
    });
    const after = await footprint(t.database.db, 'person');
    const again = await importCsv(t.app, cast.admin.auth, 'people', file, true);
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await footprint(t.database.db, 'person')).toEqual(after);
  });

  it('finds people by card when the email is new, and refuses a row naming two people', async () => {
    const moved = csvFile([
      HEADER,
      pupil(1, { 'Email address': 'renamed@school.test', 'Year group': 'Year 11' }),
    ]);
    const update = await importCsv(t.app, cast.admin.auth, 'people', moved, true);
    expect(update.report).toMatchObject({ created: 0, updated: 1 });
    const history = (await admin.get(`/people?q=renamed@school.test`)).json().items[0];
    expect(history.department).toBe('Year 11');
    const clash = csvFile([HEADER, pupil(2, { 'RFID card': '001003' })]);
    const refused = await importCsv(t.app, cast.admin.auth, 'people', clash, false);
    expect(refused.report.problems.map((p) => p.code)).toEqual(['conflicting_match']);
    expect(refused.report.problems[0]?.message).toMatch(/Pupil Number 2 but the RFID card to Pupil Number 3/);
  });

  it('exports people in the columns it imports, for admins only', async () => {
    const exported = await exportCsv(t.app, cast.admin.auth, 'people');
    expect(exported.rows[0]).toEqual([
      'id',
      'name',
      'email',
      'department',
      'school',
      'rfid',
      'barcode',
      'staff',
      'lend',
      'left at',
      'is admin',
      'can log in',
      'erased at',
    ]);
    const before = await footprint(t.database.db, 'person');
    const back = await importCsv(t.app, cast.admin.auth, 'people', exported.text, true);
    expect(back.report.problems).toEqual([]);
    expect(back.report).toMatchObject({ created: 0, updated: 0, unchanged: before.rows });
    expect(await footprint(t.database.db, 'person')).toEqual(before);
    expect((await caller(t.app, cast.staff.auth).post('/imports/people')).statusCode).toBe(403);
  });

  it('offers templates headed with the columns each import reads, which import as they are', async () => {
    const template = await t.app.inject({
      method: 'GET',
      url: '/imports/people/template',
      headers: cast.staff.auth,
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-disposition']).toBe('attachment; filename="people-template.csv"');
    expect(template.body.trim()).toBe('name,email,department,school,rfid,barcode,staff,lend,left at');
    const filled = `${template.body}Tess Template,tess@school.test,Year 8,Belmont,,,no,yes,\n`;
    const { report } = await importCsv(t.app, cast.admin.auth, 'people', filled, false);
    expect(report).toMatchObject({ problemCount: 0, created: 1 });
    const assets = await t.app.inject({
      method: 'GET',
      url: '/imports/assets/template',
      headers: cast.staff.auth,
    });
    expect(assets.body.split(',')).toContain('serial number');
    expect(assets.body).not.toContain('disposal date');
    expect((await caller(t.app).get('/imports/people/template')).statusCode).toBe(401);
  });
});

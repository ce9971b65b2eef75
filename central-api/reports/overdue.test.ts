import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OverdueReport } from '../../domain/api/reports.js';
import { errorCodeOf } from '../testing/http.js';
import { getCsv, getReport, startReportApp, type ReportApp } from '../testing/report-app.js';
import { databaseKinds } from '../testing/test-databases.js';

describe.each(databaseKinds)('GET /reports/overdue on %s', (kind) => {
  let r: ReportApp;
  beforeAll(async () => {
    r = await startReportApp(kind);
  });
  afterAll(async () => {
    await r?.t.close();
  });
  const overdue = async (query = '') =>
    OverdueReport.parse(await getReport(r.staff, `/reports/overdue${query}`));

  it('lists open loans past due, most overdue first, with what is still out', async () => {
    const { loans, people, assets, cable } = r.school;
    const report = await overdue();
    expect(report.asOf).toBe('2025-03-12T12:00:00.000Z');
    // This API has no mailer, so the report says no reminder can be sent.
    expect(report.emailReminders).toBe(false);
    // l4 was due 27 Feb 12:00: exactly 13 days by now. l2 was due 7 Mar 10:00: 5 days 2 hours, so 6.
    expect(report.loans.map((l) => [l.allocationId, l.daysOverdue])).toEqual([
      [loans.l4, 13],
      [loans.l2, 6],
    ]);
    const [l4, l2] = report.loans;
    expect(l4).toMatchObject({
      borrower: { id: people.cara.id, name: 'Cara Li', school: 'Walker House', department: 'Media' },
      dueAt: '2025-02-27T12:00:00.000Z',
      assets: [],
      accessories: [{ id: cable.id, name: 'Cable' }],
    });
    expect(l2?.assets).toEqual([
      { id: assets.cam2.id, name: 'cam2', assetTypeName: 'Camera' },
      { id: assets.tri1.id, name: 'tri1', assetTypeName: 'Tripod' },
    ]);
  });

  it('filters by borrower, by asset still out, and by due date', async () => {
    const { loans, tripod, studio, shed } = r.school;
    const ids = async (q: string) => (await overdue(q)).loans.map((l) => l.allocationId);
    expect(await ids('?school=Belmont')).toEqual([loans.l2]);
    expect(await ids('?department=Media')).toEqual([loans.l4, loans.l2]);
    expect(await ids(`?assetTypeId=${tripod.id}`)).toEqual([loans.l2]);
    expect(await ids(`?locationId=${studio.id}`)).toEqual([]);
    expect(await ids(`?locationId=${shed.id}`)).toEqual([loans.l2]);
    expect(await ids('?from=2025-03-01&to=2025-03-07')).toEqual([loans.l2]);
    expect(await ids('?to=2025-02-27')).toEqual([loans.l4]);
  });

  it('answers CSV with ?format=csv', async () => {
    const { rows, contentType } = await getCsv(r.staff, '/reports/overdue?format=csv');
    expect(contentType).toMatch(/^text\/csv/);
    expect(rows[0]).toEqual([
      'allocation id',
      'borrower id',
      'borrower',
      'school',
      'department',
      'out at',
      'due at',
      'days overdue',
      'assets',
      'accessories',
    ]);
    expect(rows.slice(1).map((row) => [row[2], row[7], row[8], row[9]])).toEqual([
      ['Cara Li', '13', '', 'Cable'],
      ['Amira Khan', '6', 'cam2; tri1', ''],
    ]);
  });

  it('refuses unknown filters, a reversed range and borrowers', async () => {
    expect(errorCodeOf(await r.staff.get('/reports/overdue?colour=red'))).toBe('validation_failed');
    expect(errorCodeOf(await r.staff.get('/reports/overdue?from=2025-03-02&to=2025-03-01'))).toBe(
      'validation_failed',
    );
    expect(errorCodeOf(await r.staff.get('/reports/overdue?format=xml'))).toBe('validation_failed');
    expect((await r.borrower.get('/reports/overdue')).statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TopBorrowersReport } from '../../domain/api/reports.js';
import { getCsv, getReport, startReportApp, type ReportApp } from '../testing/report-app.js';
import { databaseKinds } from '../testing/test-databases.js';

describe.each(databaseKinds)('GET /reports/top-borrowers on %s', (kind) => {
  let r: ReportApp;
  beforeAll(async () => {
    r = await startReportApp(kind);
  });
  afterAll(async () => {
    await r?.t.close();
  });
  const top = async (query = '') =>
    (
      await getReport(r.staff, `/reports/top-borrowers${query}`).then((j) => TopBorrowersReport.parse(j))
    ).borrowers.map((b) => [b.name, b.loans, b.items]);

  it('ranks by loans, then items, then name', async () => {
    // Amira: l1 (cam1) and l2 (cam2, tri1). Ben: l3 and l5, one item each. Cara: l4 and l6, one each.
    expect(await top()).toEqual([
      ['Amira Khan', 2, 3],
      ['Ben Ode', 2, 2],
      ['Cara Li', 2, 2],
    ]);
  });

  it('filters by range, asset and borrower, and keeps the first few', async () => {
    expect(await top('?from=2025-03-01&to=2025-03-09')).toEqual([
      ['Amira Khan', 2, 3],
      ['Cara Li', 1, 1],
    ]);
    expect(await top(`?assetTypeId=${r.school.camera.id}`)).toEqual([
      ['Amira Khan', 2, 2],
      ['Ben Ode', 1, 1],
      ['Cara Li', 1, 1],
    ]);
    expect(await top('?department=Media&limit=1')).toEqual([['Amira Khan', 2, 3]]);
    const borrower = (await getReport(
      r.staff,
      '/reports/top-borrowers?school=Walker%20House',
    )) as TopBorrowersReport;
    expect(borrower.borrowers[0]).toMatchObject({ id: r.school.people.cara.id, school: 'Walker House' });
  });

  it('answers CSV', async () => {
    const { rows } = await getCsv(r.staff, '/reports/top-borrowers?format=csv&limit=2');
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['borrower', 'school', 'department', 'loans', 'items'],
      ['Amira Khan', 'Belmont', 'Media', '2', '3'],
      ['Ben Ode', 'Belmont', 'Film', '2', '2'],
    ]);
  });
});

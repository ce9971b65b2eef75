import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoansOverTimeReport } from '../../domain/api/reports.js';
import { getCsv, getReport, startReportApp, type ReportApp } from '../testing/report-app.js';
import { databaseKinds } from '../testing/test-databases.js';

describe.each(databaseKinds)('GET /reports/loans-over-time on %s', (kind) => {
  let r: ReportApp;
  beforeAll(async () => {
    r = await startReportApp(kind);
  });
  afterAll(async () => {
    await r?.t.close();
  });
  const report = async (query: string) =>
    LoansOverTimeReport.parse(await getReport(r.staff, `/reports/loans-over-time?${query}`));
  const seriesOf = (rep: LoansOverTimeReport) => rep.series.map((s) => [s.assetTypeName, s.items]);

  it('counts loans and items per asset type in each week', async () => {
    const rep = await report('interval=week&from=2025-02-24&to=2025-03-16');
    // Week of 24 Feb: l4 (light1) and l6 (cam4, out on Saturday 1 March). Week of 3 March: l1 (cam1) and
    // l2 (cam2, tri1). Week of 10 March: l3 (cam1). l5 went out in February, before the range.
    expect(rep.buckets).toEqual(['2025-02-24', '2025-03-03', '2025-03-10']);
    expect(rep.loans).toEqual([2, 2, 1]);
    expect(seriesOf(rep)).toEqual([
      ['Camera', [1, 2, 1]],
      ['Lighting', [1, 0, 0]],
      ['Tripod', [0, 1, 0]],
    ]);
    expect(rep.series[0]?.assetTypeId).toBe(r.school.camera.id);
  });

  it('counts per day, and filters by borrower and asset', async () => {
    const days = await report('interval=day&from=2025-03-03&to=2025-03-05');
    expect(days.buckets).toEqual(['2025-03-03', '2025-03-04', '2025-03-05']);
    expect(days.loans).toEqual([1, 1, 0]);
    const belmont = await report('from=2025-02-24&to=2025-03-16&school=Belmont');
    expect(belmont.loans).toEqual([0, 2, 1]);
    expect(seriesOf(belmont)).toEqual([
      ['Camera', [0, 2, 1]],
      ['Tripod', [0, 1, 0]],
    ]);
    const tripods = await report(`from=2025-02-03&to=2025-03-16&assetTypeId=${r.school.tripod.id}`);
    // l5 (3 Feb) and l2 (4 Mar); l2 counts once as a loan although it also holds a camera.
    expect(tripods.buckets[0]).toBe('2025-02-03');
    expect(tripods.loans).toEqual([1, 0, 0, 0, 1, 0]);
  });

  it('defaults to the last twelve weeks up to today', async () => {
    const rep = await report('');
    expect(rep.interval).toBe('week');
    expect(rep.to).toBe('2025-03-12');
    expect(rep.buckets).toHaveLength(12);
    expect(rep.buckets.at(-1)).toBe('2025-03-10');
    expect(rep.from).toBe('2024-12-23');
    expect(rep.loans.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('answers CSV with one column per asset type', async () => {
    const { rows } = await getCsv(
      r.staff,
      '/reports/loans-over-time?format=csv&from=2025-02-24&to=2025-03-16',
    );
    expect(rows).toEqual([
      ['week starting', 'loans', 'Camera', 'Lighting', 'Tripod'],
      ['2025-02-24', '2', '1', '1', '0'],
      ['2025-03-03', '2', '2', '0', '1'],
      ['2025-03-10', '1', '1', '0', '0'],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssetTypeUtilisationReport, AssetUtilisationReport } from '../../domain/api/reports.js';
import { getCsv, getReport, startReportApp, type ReportApp } from '../testing/report-app.js';
import { databaseKinds } from '../testing/test-databases.js';

describe.each(databaseKinds)('GET /reports/utilisation on %s', (kind) => {
  let r: ReportApp;
  beforeAll(async () => {
    r = await startReportApp(kind);
  });
  afterAll(async () => {
    await r?.t.close();
  });
  const perAsset = async (query: string) =>
    AssetUtilisationReport.parse(await getReport(r.staff, `/reports/utilisation/assets?${query}`));
  const perType = async (query: string) =>
    AssetTypeUtilisationReport.parse(await getReport(r.staff, `/reports/utilisation/asset-types?${query}`));
  const WEEK = 'from=2025-03-03&to=2025-03-09';

  it('gives each asset its share of the week on loan', async () => {
    const rep = await perAsset(WEEK);
    expect(rep.periodHours).toBe(168);
    const hours = Object.fromEntries(rep.assets.map((a) => [a.name, a.onLoanHours]));
    // cam1: l1, 3 Mar 09:00 to 5 Mar 09:00. cam2 and tri1: l2, 4 Mar 10:00 until the week ends (still out).
    // "old" was disposed of before the week, so it is not counted.
    expect(hours).toEqual({ cam1: 48, cam2: 134, tri1: 134, cam3: 0, cam4: 0, tri2: 0, mic: 0, light1: 0 });
    expect(rep.assets.slice(0, 3).map((a) => a.name)).toEqual(['cam2', 'tri1', 'cam1']);
    expect(rep.assets.find((a) => a.name === 'cam1')?.share).toBeCloseTo(48 / 168, 4);
    expect(rep.assets.find((a) => a.name === 'cam2')?.share).toBeCloseTo(134 / 168, 4);
  });

  it('ends a period that reaches into the future now', async () => {
    const rep = await perAsset('from=2025-03-10&to=2025-03-16');
    // From 10 March 00:00 to now (12 March 12:00) is 60 hours; l3 took cam1 out at 08:00 on the 10th.
    expect(rep.periodHours).toBe(60);
    const share = Object.fromEntries(rep.assets.map((a) => [a.name, a.share]));
    expect(share.cam1).toBeCloseTo(52 / 60, 4);
    expect(share.cam2).toBe(1);
    expect(share.tri1).toBe(1);
  });

  it('adds up each asset type, and filters', async () => {
    const rep = await perType(WEEK);
    expect(rep.assetTypes.map((t) => [t.assetTypeName, t.assets, t.onLoanHours, t.availableHours])).toEqual([
      ['Tripod', 2, 134, 336],
      ['Camera', 4, 182, 672],
      ['Lighting', 1, 0, 168],
      ['No type', 1, 0, 168],
    ]);
    expect(rep.assetTypes[0]?.share).toBeCloseTo(134 / 336, 4);
    expect(rep.assetTypes[1]?.share).toBeCloseTo(182 / 672, 4);
    const studio = await perType(`${WEEK}&locationId=${r.school.studio.id}`);
    expect(studio.assetTypes.map((t) => [t.assetTypeName, t.assets])).toEqual([
      ['Camera', 2],
      ['Tripod', 1],
    ]);
    const cameras = await perAsset(`${WEEK}&assetTypeId=${r.school.camera.id}`);
    expect(cameras.assets.map((a) => a.name).sort()).toEqual(['cam1', 'cam2', 'cam3', 'cam4']);
  });

  it('answers CSV', async () => {
    const { rows } = await getCsv(r.staff, `/reports/utilisation/asset-types?${WEEK}&format=csv`);
    expect(rows[0]).toEqual([
      'asset type id',
      'asset type',
      'assets',
      'hours on loan',
      'hours available',
      'share on loan',
    ]);
    expect(rows[1]?.slice(1, 5)).toEqual(['Tripod', '2', '134', '336']);
    expect(Number(rows[1]?.[5])).toBeCloseTo(134 / 336, 4);
  });
});

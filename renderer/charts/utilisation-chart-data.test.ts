import { describe, expect, it } from 'vitest';
import { utilisation } from '../testing/staff-records.js';
import { utilisationChartData, utilisationSummary } from './utilisation-chart-data.js';

describe('the utilisation chart', () => {
  it('shows each asset type’s share as a percentage to one decimal', () => {
    const report = utilisation();
    report.assetTypes[1]!.share = 0.12345;
    const data = utilisationChartData(report);
    expect(data.labels).toEqual(['Cameras', 'No type']);
    expect(data.datasets[0]!.data).toEqual([37.5, 12.3]);
  });

  it('names the busiest type in its summary, and says when there was nothing', () => {
    expect(utilisationSummary(utilisation())).toBe(
      'Share of time on loan per asset type from 26 Oct 2026 to 24 Nov 2026. The busiest was Cameras, on loan 37.5% of the time.',
    );
    expect(utilisationSummary(utilisation({ assetTypes: [] }))).toBe(
      'No equipment was in service from 26 Oct 2026 to 24 Nov 2026.',
    );
  });
});

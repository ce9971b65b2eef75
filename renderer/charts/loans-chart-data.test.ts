import { describe, expect, it } from 'vitest';
import { loansOverTime } from '../testing/staff-records.js';
import { loansChartData, loansSummary } from './loans-chart-data.js';

describe('the loans-over-time chart', () => {
  it('labels weeks by their Monday and stacks one series per asset type', () => {
    const data = loansChartData(loansOverTime());
    expect(data.labels).toEqual(['w/c 10 Nov', 'w/c 17 Nov']);
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Cameras', [1, 4]],
      ['No type', [3, 0]],
    ]);
    expect(new Set(data.datasets.map((d) => d.style.colour)).size).toBe(2);
  });

  it('labels days by their date', () => {
    const report = loansOverTime({ interval: 'day', buckets: ['2026-11-01', '2026-11-02'] });
    expect(loansChartData(report).labels).toEqual(['1 Nov', '2 Nov']);
  });

  it('sums it up in one sentence with the busiest bucket', () => {
    expect(loansSummary(loansOverTime())).toBe(
      '7 loans of 8 items from 10 Nov 2026 to 23 Nov 2026. The busiest week was w/c 17 Nov, with 5 loans.',
    );
    expect(loansSummary(loansOverTime({ loans: [0, 0], series: [] }))).toBe(
      'No loans from 10 Nov 2026 to 23 Nov 2026.',
    );
  });
});

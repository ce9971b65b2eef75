import type { LoansOverTimeReport } from '../../domain/api/reports.js';
import { seriesStyle, type SeriesStyle } from '../../ui/charts/series-palette.js';
import { bucketLabel, formatCount, longDay } from './chart-labels.js';
import { count } from '../format/wording.js';

export type BarSeries = { label: string; data: number[]; style: SeriesStyle };
export type BarData = { labels: string[]; datasets: BarSeries[] };

/** Items lent per bucket, one stacked series per asset type, as Chart.js draws a bar chart. */
export function loansChartData(report: LoansOverTimeReport): BarData {
  return {
    labels: report.buckets.map((b) => bucketLabel(b, report.interval)),
    datasets: report.series.map((s, i) => ({
      label: s.assetTypeName,
      data: s.items,
      style: seriesStyle(i),
    })),
  };
}

/** The chart in one sentence, for people who cannot see it and for anyone at a glance. */
export function loansSummary(report: LoansOverTimeReport): string {
  const loans = report.loans.reduce((a, b) => a + b, 0);
  const items = report.series.reduce((a, s) => a + s.items.reduce((x, y) => x + y, 0), 0);
  const range = `from ${longDay(report.from)} to ${longDay(report.to)}`;
  if (loans === 0) return `No loans ${range}.`;
  let busiest = 0;
  report.loans.forEach((n, i) => {
    if (n > report.loans[busiest]!) busiest = i;
  });
  const when = report.interval === 'day' ? 'day' : 'week';
  return (
    `${count(loans, 'loan')} of ${formatCount(items)} ${items === 1 ? 'item' : 'items'} ${range}. ` +
    `The busiest ${when} was ${bucketLabel(report.buckets[busiest]!, report.interval)}, ` +
    `with ${count(report.loans[busiest]!, 'loan')}.`
  );
}

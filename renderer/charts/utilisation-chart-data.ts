import type { AssetTypeUtilisationReport } from '../../domain/api/reports.js';
import { seriesStyle } from '../../ui/charts/series-palette.js';
import { formatShare, longDay } from './chart-labels.js';
import type { BarData } from './loans-chart-data.js';

/** The share of time each asset type spent on loan, in per cent with one decimal, busiest first. */
export function utilisationChartData(report: AssetTypeUtilisationReport): BarData {
  return {
    labels: report.assetTypes.map((t) => t.assetTypeName),
    datasets: [
      {
        label: 'Time on loan (%)',
        data: report.assetTypes.map((t) => Math.round(t.share * 1000) / 10),
        style: seriesStyle(0),
      },
    ],
  };
}

export function utilisationSummary(report: AssetTypeUtilisationReport): string {
  const range = `from ${longDay(report.from)} to ${longDay(report.to)}`;
  const [busiest] = report.assetTypes;
  if (!busiest) return `No equipment was in service ${range}.`;
  return (
    `Share of time on loan per asset type ${range}. ` +
    `The busiest was ${busiest.assetTypeName}, on loan ${formatShare(busiest.share)} of the time.`
  );
}

import { useId } from 'react';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { utilisationChartData, utilisationSummary } from '../../../charts/utilisation-chart-data.js';
import { useKioskQuery } from '../../../queries/use-kiosk-query.js';
import { LazyBarChart } from './LazyBarChart.js';
import { ChartTable } from './ChartTable.js';

const percent = (n: number) => `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

/** How much of the time each type of equipment was out on loan. */
export function UtilisationByType() {
  const report = useKioskQuery('staff.utilisationByType', {});
  const utilisation = report.data;
  const id = useId();
  if (!utilisation) return <ErrorNote error={report.error} />;
  const data = utilisationChartData(utilisation);
  const summary = utilisationSummary(utilisation);
  return (
    <section className="report" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="section-heading">
        Time on loan per asset type
      </h3>
      <p className="report__summary">{summary}</p>
      <LazyBarChart data={data} summary={summary} yTitle="Share of time on loan" values="percent" />
      <ChartTable
        data={data}
        caption="Share of time on loan per asset type"
        rowHeading="Asset type"
        format={percent}
      />
    </section>
  );
}

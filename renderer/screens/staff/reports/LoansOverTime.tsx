import { useId } from 'react';
import { useKiosk } from '../../../app/stores-context.js';
import { formatCount } from '../../../charts/chart-labels.js';
import { loansChartData, loansSummary } from '../../../charts/loans-chart-data.js';
import type { LoansInterval } from '../../../stores/reports-store.js';
import { LazyBarChart } from './LazyBarChart.js';
import { ChartTable } from './ChartTable.js';

const intervals: [LoansInterval, string][] = [
  ['day', 'By day'],
  ['week', 'By week'],
];

/** Items lent per day or week, stacked by asset type. */
export function LoansOverTime() {
  const reports = useKiosk('reports');
  const report = reports.loansOverTime;
  const id = useId();
  const data = report ? loansChartData(report) : null;
  const summary = report ? loansSummary(report) : '';
  return (
    <section className="report" aria-labelledby={`${id}-heading`}>
      <div className="report__top">
        <h3 id={`${id}-heading`} className="section-heading">
          Items lent over time
        </h3>
        <div className="switch" role="group" aria-label="Show loans">
          {intervals.map(([interval, label]) => (
            <button
              key={interval}
              type="button"
              className={`btn ${reports.interval === interval ? 'btn--primary' : 'btn--secondary'}`}
              aria-pressed={reports.interval === interval}
              onClick={() => void reports.setInterval(interval)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {report && data && (
        <>
          <p className="report__summary">{summary}</p>
          <LazyBarChart data={data} summary={summary} stacked yTitle="Items lent" />
          <ChartTable
            data={data}
            caption="Items lent per asset type"
            rowHeading={report.interval === 'day' ? 'Day' : 'Week'}
            format={formatCount}
          />
        </>
      )}
    </section>
  );
}

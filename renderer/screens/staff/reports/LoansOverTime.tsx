import { useId, useState } from 'react';
import type { LoansOverTimeReport } from '../../../../domain/api/reports.js';
import { formatCount } from '../../../charts/chart-labels.js';
import { loansChartData, loansSummary } from '../../../charts/loans-chart-data.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useKioskQuery } from '../../../queries/use-kiosk-query.js';
import { LazyBarChart } from './LazyBarChart.js';
import { ChartTable } from './ChartTable.js';

type LoansInterval = LoansOverTimeReport['interval'];

const intervals: [LoansInterval, string][] = [
  ['day', 'By day'],
  ['week', 'By week'],
];

/** Items lent per day or week, stacked by asset type. */
export function LoansOverTime() {
  const [shown, show] = useState<LoansInterval>('week');
  // Each interval keeps its own answer: a quick second tap never shows the first one's.
  const loans = useKioskQuery('staff.loansOverTime', { interval: shown }, { keepPrevious: true });
  const report = loans.data;
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
              className={`btn ${shown === interval ? 'btn--primary' : 'btn--secondary'}`}
              aria-pressed={shown === interval}
              onClick={() => show(interval)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <ErrorNote error={loans.error} />
      {report && data && (
        <>
          <p className="report__summary">{summary}</p>
          <LazyBarChart data={data} summary={summary} stacked yTitle="Items lent" values="count" />
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

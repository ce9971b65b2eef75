import type { BarData } from '../../../charts/loans-chart-data.js';

/** The numbers behind a chart, for a screen reader or anyone who wants them exactly. */
export function ChartTable(props: {
  data: BarData;
  caption: string;
  rowHeading: string;
  format: (n: number) => string;
}) {
  const { labels, datasets } = props.data;
  return (
    <details className="chart-table">
      <summary>Show the numbers as a table</summary>
      <table className="report-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.rowHeading}</th>
            {datasets.map((d) => (
              <th key={d.label} scope="col">
                {d.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {datasets.map((d) => (
                <td key={d.label}>{props.format(d.data[row] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

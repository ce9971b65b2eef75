import type { ImportReport } from '../../domain/api/imports.js';
import { ImportProblemsTable } from '../../ui/components/ImportProblemsTable.js';

const n = new Intl.NumberFormat('en-GB');
const noun = (kind: ImportReport['kind'], count: number) =>
  kind === 'people' ? (count === 1 ? 'person' : 'people') : count === 1 ? 'asset' : 'assets';

/** The counts of a checked or imported file, and its problems when it has any. */
export function ImportReportView(props: { report: ImportReport; fileName: string }) {
  const { report } = props;
  const counts = [
    { label: report.committed ? 'Created' : 'To create', value: report.created },
    { label: report.committed ? 'Updated' : 'To update', value: report.updated },
    { label: report.committed ? 'Left as they were' : 'To leave as they are', value: report.unchanged },
    { label: 'Problems', value: report.problemCount },
  ];
  const title = report.committed
    ? `Imported ${props.fileName}`
    : report.problemCount > 0
      ? `${props.fileName} has ${n.format(report.problemCount)} ${report.problemCount === 1 ? 'problem' : 'problems'}`
      : `${props.fileName} is ready to import`;
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{title}</h2>
      <p className="import-report__summary">
        {n.format(report.rows)} {report.rows === 1 ? 'row' : 'rows'} of {noun(report.kind, 2)} read.{' '}
        {report.committed
          ? 'Every change is saved and in the audit trail.'
          : report.problemCount > 0
            ? 'Nothing has changed. Correct the rows below in your spreadsheet, save it as CSV and check it again.'
            : 'Nothing has changed yet: this was a check.'}
      </p>
      <dl className="import-counts">
        {counts.map((c) => (
          <div
            key={c.label}
            className={c.label === 'Problems' && c.value > 0 ? 'import-counts__bad' : undefined}
          >
            <dt>{c.label}</dt>
            <dd>{n.format(c.value)}</dd>
          </div>
        ))}
      </dl>
      {report.problemCount > 0 && <ImportProblemsTable report={report} />}
    </section>
  );
}

import type { ImportReport } from '../../domain/api/imports.js';
import { NoValue } from './NoValue.js';

const n = new Intl.NumberFormat('en-GB');

/** What an import found wrong, one row per problem: where in the file, what it says and why it cannot be read. */
export function ImportProblemsTable(props: { report: ImportReport }) {
  const { problems, problemCount } = props.report;
  return (
    <>
      {problemCount > problems.length && (
        <p className="import-problems__more">
          The first {n.format(problems.length)} of {n.format(problemCount)} problems, by line. Correct these
          and check the file again to see the rest.
        </p>
      )}
      <div className="table-wrap">
        <table className="data-table import-problems">
          <caption className="visually-hidden">Problems in the file, by line</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={`${p.line}-${p.field ?? ''}-${i}`}>
                <td className="mono">{p.line}</td>
                <td>
                  {p.field ?? (
                    <span className="import-problems__whole">{p.line === 1 ? 'Header' : 'Whole row'}</span>
                  )}
                </td>
                <td className="mono">{p.value === null || p.value === '' ? <NoValue /> : p.value}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

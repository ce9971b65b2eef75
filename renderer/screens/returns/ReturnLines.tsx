import type { ReturnLineView } from '../../../domain/kiosk-api/views.js';
import { formatShortDateTime } from '../../format/dates.js';
import { lateness } from '../../format/wording.js';
import { ConditionNote } from './ConditionNote.js';

/** Each item coming back: who had it, when it was due, how late it is, and a note on its condition. */
export function ReturnLines({ lines }: { lines: ReturnLineView[] }) {
  return (
    <table className="return-lines">
      <caption className="section-heading">Coming back</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Borrowed by</th>
          <th scope="col">Due</th>
          <th scope="col">Late?</th>
          <th scope="col">Condition</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.assetId}>
            <th scope="row">
              {line.name}
              {line.awayFromHome && <span className="pill pill--warn">Belongs elsewhere: send it home</span>}
            </th>
            <td>{line.borrowerName}</td>
            <td>{formatShortDateTime(line.dueAt)}</td>
            <td className={line.daysLate > 0 ? 'return-lines__late' : undefined}>
              {lateness(line.daysLate)}
            </td>
            <td>
              <ConditionNote assetId={line.assetId} itemName={line.name} note={line.conditionNote} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { ReturnAccessoryView, ReturnLineView } from '../../../domain/kiosk-api/views.js';
import { formatShortDateTime } from '../../../ui/format/dates.js';
import { lateness } from '../../format/wording.js';
import { ConditionNote } from './ConditionNote.js';

/**
 * Each item coming back: who had it, when it was due, how late it is, and a note on its condition; then
 * the accessories ticked from the list of those still out, which have no condition of their own to note.
 */
export function ReturnLines({
  lines,
  accessories,
}: {
  lines: ReturnLineView[];
  accessories: ReturnAccessoryView[];
}) {
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
        {accessories.map((a) => (
          <tr key={a.groupItemId}>
            <th scope="row">
              {a.name}
              <span className="return-lines__kit">Accessory of the {a.kitName} kit</span>
            </th>
            <td>{a.borrowerName}</td>
            <td>{formatShortDateTime(a.dueAt)}</td>
            <td className={a.daysLate > 0 ? 'return-lines__late' : undefined}>{lateness(a.daysLate)}</td>
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useNow } from '../../app/useNow.js';
import { count } from '../../format/wording.js';

/** Seconds before the end at which the screen starts to warn. */
const WARN_SECONDS = 15;

/** A countdown before the core forgets the borrower; any touch keeps the session going. */
export function IdleWarning({ idleAt }: { idleAt: number | null }) {
  const now = useNow();
  const left = idleAt === null ? null : Math.ceil((idleAt - now) / 1000);
  const warn = left !== null && left <= WARN_SECONDS && left > 0;
  return (
    <div role="status" aria-live="polite" className="idle-warning-slot">
      {warn && (
        <p className="idle-warning">
          Still there? This screen goes back to the start in {count(left, 'second')}. Touch the screen to keep
          going.
        </p>
      )}
    </div>
  );
}

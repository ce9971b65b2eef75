import type { SessionView } from '../../domain/kiosk-api/views.js';

type LastScan = SessionView['lastScan'];

/**
 * The answer to the last tap or scan, in two live regions that are always on the page: a good scan is
 * announced politely, a refusal at once.
 */
export function ScanResult(props: { lastScan: LastScan; prompt: string }) {
  const { lastScan } = props;
  const refused = lastScan?.outcome === 'refused';
  return (
    <div className="scan-result">
      <div role="status" aria-live="polite">
        {!refused && (
          <p className={`scan-result__message scan-result__message--${lastScan?.outcome ?? 'prompt'}`}>
            {lastScan ? lastScan.message : props.prompt}
          </p>
        )}
      </div>
      <div role="alert" aria-live="assertive">
        {refused && <p className="scan-result__message scan-result__message--refused">{lastScan.message}</p>}
      </div>
    </div>
  );
}

import type { AssetStatus } from '../../domain/api/assets.js';

const look: Record<AssetStatus, { label: string; tone: 'ok' | 'warn' | 'bad' | 'neutral' }> = {
  available: { label: 'Available', tone: 'ok' },
  on_loan: { label: 'On loan', tone: 'warn' },
  cannot_lend: { label: 'Cannot lend', tone: 'bad' },
  disposed: { label: 'Disposed', tone: 'neutral' },
};

/** An asset's state in a word, in the same colours as at the kiosk. */
export function AssetStatusPill(props: { status: AssetStatus }) {
  const { label, tone } = look[props.status];
  return <span className={`pill pill--${tone}`}>{label}</span>;
}

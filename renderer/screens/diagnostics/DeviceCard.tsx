import { useId } from 'react';
import { DeviceProtocol, DeviceRole, type DeviceConfig } from '../../../domain/devices/index.js';
import type { DeviceStatusView } from '../../../domain/kiosk-api/contract.js';
import { useKiosk } from '../../app/stores-context.js';
import { formatClock } from '../../../ui/format/dates.js';
import { protocolsFor, removeDevice, updateDevice } from '../../devices/device-assignment.js';
import { DemoControls } from './DemoControls.js';
import { PROTOCOL_LABELS, ROLE_LABELS, stateBadge } from './device-labels.js';

type Live = DeviceStatusView['config'][number];

/** One configured device: how it is doing, what it last read, its counters, and its settings to change. */
export function DeviceCard({ config, live }: { config: DeviceConfig; live: Live | null }) {
  const devices = useKiosk('devices');
  const id = useId();
  const badge = live ? stateBadge(live.state) : { label: 'Not saved yet', tone: 'neutral' as const };
  const rejects = live ? Object.entries(live.counters.rejects) : [];
  const rejectTotal = rejects.reduce((sum, [, n]) => sum + n, 0);
  const protocols = protocolsFor(config.role, config.transport === 'hid' ? 'hid' : 'serial');
  const options = protocols.includes(config.protocol) ? protocols : [config.protocol, ...protocols];
  const draft = devices.draft!;
  const edit = (patch: Parameters<typeof updateDevice>[2]) =>
    devices.edit(updateDevice(draft, config.id, patch));

  return (
    <article className="device-card" aria-labelledby={`${id}-name`}>
      <header className="device-card__header">
        <h3 id={`${id}-name`}>{config.name}</h3>
        <span className={`pill pill--${badge.tone}`}>{badge.label}</span>
      </header>
      {live?.detail && <p className="device-card__detail">{live.detail}</p>}
      <dl className="facts facts--compact">
        <dt>Connection</dt>
        <dd>
          {config.transport === 'simulated'
            ? 'Simulated (demo)'
            : (config.path ?? config.transport.toUpperCase())}
        </dd>
        <dt>Last read</dt>
        <dd className="mono">
          {live?.lastRead ? `${live.lastRead} at ${formatClock(live.lastReadAt ?? 0)}` : 'Nothing yet'}
        </dd>
        <dt>Frames</dt>
        <dd>{live?.counters.frames ?? 0}</dd>
        <dt>Reads</dt>
        <dd>{live?.counters.credentials ?? 0}</dd>
        <dt>Rejected</dt>
        <dd>
          {rejectTotal === 0
            ? 0
            : `${rejectTotal} (${rejects.map(([why, n]) => `${why.replace('_', ' ')} ${n}`).join(', ')})`}
        </dd>
        <dt>Reconnects</dt>
        <dd>{live?.counters.reconnects ?? 0}</dd>
      </dl>
      <div className="device-card__settings">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={config.role}
          onChange={(e) => {
            const role = DeviceRole.parse(e.currentTarget.value);
            const fits = protocolsFor(role, config.transport === 'hid' ? 'hid' : 'serial');
            edit({ role, protocol: fits.includes(config.protocol) ? config.protocol : fits[0]! });
          }}
        >
          {DeviceRole.options.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-protocol`}>Protocol</label>
        <select
          id={`${id}-protocol`}
          value={config.protocol}
          onChange={(e) => edit({ protocol: DeviceProtocol.parse(e.currentTarget.value) })}
        >
          {options.map((p) => (
            <option key={p} value={p}>
              {PROTOCOL_LABELS[p]}
            </option>
          ))}
        </select>
        <label className="choice choice--inline">
          <input
            type="checkbox"
            checked={config.enabled}
            onChange={(e) => edit({ enabled: e.currentTarget.checked })}
          />
          <span>In use</span>
        </label>
        <button
          type="button"
          className="btn btn--quiet"
          aria-label={`Remove ${config.name}`}
          onClick={() => devices.edit(removeDevice(draft, config.id))}
        >
          Remove
        </button>
      </div>
      {config.transport === 'simulated' && live && <DemoControls deviceId={config.id} role={config.role} />}
    </article>
  );
}

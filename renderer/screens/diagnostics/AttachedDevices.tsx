import { useId, useState } from 'react';
import { DeviceProtocol, DeviceRole, type AttachedDevice } from '../../../domain/devices/index.js';
import { useKiosk } from '../../app/stores-context.js';
import {
  assignAttached,
  protocolsFor,
  suggestAssignment,
  type Assignment,
} from '../../devices/device-assignment.js';
import { PROTOCOL_LABELS, ROLE_LABELS, usbIds } from './device-labels.js';

/** The form that gives a detected device a role and protocol in the (unsaved) configuration. */
function AssignForm({ device }: { device: AttachedDevice }) {
  const devices = useKiosk('devices');
  const [a, setA] = useState<Assignment>(() => suggestAssignment(device));
  const id = useId();
  return (
    <form
      className="assign"
      onSubmit={(e) => {
        e.preventDefault();
        if (devices.draft && a.name.trim()) devices.edit(assignAttached(devices.draft, device, a));
      }}
    >
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        type="text"
        value={a.name}
        maxLength={200}
        onChange={(e) => setA({ ...a, name: e.currentTarget.value })}
      />
      <label htmlFor={`${id}-role`}>Role</label>
      <select
        id={`${id}-role`}
        value={a.role}
        onChange={(e) => {
          const role = DeviceRole.parse(e.currentTarget.value);
          setA({ ...a, role, protocol: protocolsFor(role, device.transport)[0]! });
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
        value={a.protocol}
        onChange={(e) => setA({ ...a, protocol: DeviceProtocol.parse(e.currentTarget.value) })}
      >
        {protocolsFor(a.role, device.transport).map((p) => (
          <option key={p} value={p}>
            {PROTOCOL_LABELS[p]}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn--primary" disabled={!a.name.trim()}>
        {device.configuredAs ? 'Change' : 'Use this device'}
      </button>
    </form>
  );
}

/** Every reader and scanner the machine can see, configured or not. */
export function AttachedDevices() {
  const { status, draft } = useKiosk('devices');
  const attached = status?.attached ?? [];
  return (
    <section aria-labelledby="attached-heading">
      <h2 id="attached-heading" className="section-heading">
        Detected on this machine
      </h2>
      {attached.length === 0 && <p className="empty-note">No USB readers or scanners detected.</p>}
      <ul className="attached">
        {attached.map((device) => {
          const ids = usbIds(device.vendorId, device.productId);
          const inDraft = draft?.devices.find(
            (d) => d.id === device.configuredAs || (d.path !== undefined && d.path === device.path),
          );
          return (
            <li key={`${device.transport}:${device.path}`} className="attached__item">
              <div className="attached__about">
                <h3>{device.guess}</h3>
                <p className="mono">
                  {[device.path, ids, device.serialNumber && `serial ${device.serialNumber}`]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {(device.manufacturer || device.product) && (
                  <p>{[device.manufacturer, device.product].filter(Boolean).join(' ')}</p>
                )}
                <p>{inDraft ? `Configured as ${inDraft.name}` : 'Not configured'}</p>
              </div>
              <AssignForm device={device} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

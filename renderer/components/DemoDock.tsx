import { useEffect, useState } from 'react';
import { DeviceRole } from '../../domain/devices/index.js';
import { useKiosk, useStores } from '../app/stores-context.js';
import { DemoControls } from '../screens/diagnostics/DemoControls.js';

/**
 * On a kiosk running with simulated devices (the demo, `npm start`), a small dock at the foot of every
 * screen that taps a card or scans a label through them, so a newcomer can walk the whole flow without
 * opening Diagnostics between steps. A kiosk with only real hardware never shows it.
 */
export function DemoDock() {
  const stores = useStores();
  const { status } = useKiosk('devices');
  const { panel } = useKiosk('navigation');
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (stores.devices.getState().status === null) void stores.devices.getState().refreshStatus();
  }, [stores]);

  const simulated = (status?.config ?? []).flatMap((d) => {
    const role = DeviceRole.safeParse(d.role);
    return d.transport === 'simulated' && role.success ? [{ id: d.id, name: d.name, role: role.data }] : [];
  });
  // Diagnostics has the same controls on each device's card.
  const shown = simulated.length > 0 && panel !== 'diagnostics';
  // Room at the foot of the screen, so the end of a long page scrolls clear of the dock.
  useEffect(() => {
    document.body.classList.toggle('with-demo-dock', shown);
    return () => document.body.classList.remove('with-demo-dock');
  }, [shown]);
  if (!shown) return null;
  return (
    <aside className={`demo-dock ${open ? 'demo-dock--open' : ''}`} aria-label="Demo devices">
      <button
        type="button"
        className="btn btn--secondary demo-dock__toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide demo' : 'Demo: tap a card or scan a label'}
      </button>
      {open && (
        <div className="demo-dock__devices">
          {simulated.map((d) => (
            <section key={d.id} className="demo-dock__device" aria-label={d.name}>
              <h2 className="demo-dock__name">{d.name}</h2>
              <DemoControls deviceId={d.id} role={d.role} />
            </section>
          ))}
        </div>
      )}
    </aside>
  );
}

import { useId, useState } from 'react';
import type { DeviceRole } from '../../../domain/devices/index.js';
import type { SearchResult } from '../../../domain/kiosk-api/contract.js';
import { useKiosk, useStores } from '../../app/stores-context.js';

const EM4100_ID = /^[0-9A-F]{10}$/;

/** A read to send, and what to say once the device has made it. */
type DemoRead = { key: string; label: string; value: string; done: string };

/** What a simulated device can be made to read: cards of people, labels of equipment. */
function picksFor(role: DeviceRole, found: SearchResult): DemoRead[] {
  if (role === 'card-reader') {
    return found.people.flatMap((p) =>
      p.rfid && EM4100_ID.test(p.rfid)
        ? [{ key: p.id, label: `Tap ${p.name}’s card`, value: p.rfid, done: `Tapped ${p.name}’s card` }]
        : [],
    );
  }
  return found.assets.flatMap((a) =>
    a.barcode
      ? [
          {
            key: a.id,
            label: `Scan ${a.name} (${a.barcode})`,
            value: a.barcode,
            done: `Scanned ${a.name} (${a.barcode})`,
          },
        ]
      : [],
  );
}

/**
 * Makes a simulated device read something, through the same bytes and decoders as real hardware: the demo
 * works with no hardware at all. Find a person or item by name, or type a card number or label. Each read
 * is confirmed beside the buttons, since its effect may be on a screen other than this one.
 */
export function DemoControls({ deviceId, role }: { deviceId: string; role: DeviceRole }) {
  const stores = useStores();
  const devices = useKiosk('devices');
  const [text, setText] = useState('');
  const [picks, setPicks] = useState<DemoRead[] | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const id = useId();
  const isCard = role === 'card-reader';
  const typed = text.trim();
  const canSendTyped = isCard ? EM4100_ID.test(typed.toUpperCase()) : typed.length > 0;

  const send = async (value: string, done: string) => {
    setSent(null);
    const read = await devices.simulate(
      deviceId,
      isCard ? { kind: 'tap', canonical: value.toUpperCase() } : { kind: 'scan', data: value },
    );
    if (read) setSent(done);
  };
  const find = async () => {
    if (!typed) return;
    const answer = await stores.api.call('catalogue.search', { query: typed, limit: 8 });
    setPicks(answer.ok ? picksFor(role, answer.result) : []);
  };

  return (
    <div className="demo">
      <form
        className="demo__form"
        onSubmit={(e) => {
          e.preventDefault();
          void find();
        }}
      >
        <label htmlFor={id}>
          {isCard
            ? 'Demo: find a person, or type a 10-digit card number'
            : 'Demo: find an item, or type a label'}
        </label>
        <div className="inline-field">
          <input
            id={id}
            type="text"
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" className="btn btn--secondary" disabled={!typed}>
            Find
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={!canSendTyped}
            onClick={() =>
              void send(typed, isCard ? `Tapped card ${typed.toUpperCase()}` : `Scanned label ${typed}`)
            }
          >
            {isCard ? 'Tap this card' : 'Scan this label'}
          </button>
        </div>
      </form>
      <p className="demo__sent" role="status">
        {sent}
      </p>
      {picks && (
        <ul className="demo__picks" aria-label="Demo reads">
          {picks.length === 0 && (
            <li className="empty-note">Nothing found with a {isCard ? 'card' : 'label'}.</li>
          )}
          {picks.map((p) => (
            <li key={p.key}>
              <button type="button" className="btn btn--choice" onClick={() => void send(p.value, p.done)}>
                {p.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

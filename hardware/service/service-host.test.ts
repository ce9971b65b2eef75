import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceMessage } from '../../domain/devices/service-messages.js';
import { DeviceManager } from '../manager/device-manager.js';
import { FakeHidTransport } from '../testing/fake-hid-transport.js';
import { ServiceHost } from './service-host.js';

let manager: DeviceManager;
afterEach(() => manager.stop());

function host() {
  const sent: ServiceMessage[] = [];
  let exits = 0;
  manager = new DeviceManager({
    emit: (e) => h.reply(e),
    hid: new FakeHidTransport(),
    listSerialPorts: async () => [],
  });
  const h = new ServiceHost(
    (m) => sent.push(m),
    manager,
    () => exits++,
  );
  return { h, sent, exits: () => exits };
}

const reader = {
  id: 'reader',
  name: 'Reader',
  role: 'card-reader',
  protocol: 'em4100',
  transport: 'simulated',
};

describe('ServiceHost', () => {
  it('configures, simulates and lists, echoing request ids', async () => {
    const { h, sent } = host();
    await h.handle({ type: 'configure', requestId: 'c1', config: { version: 1, devices: [reader] } });
    await h.handle({ type: 'simulate', requestId: 's1', deviceId: 'reader', action: { kind: 'tap' } });
    await h.handle({ type: 'list', requestId: 'l1' });
    const replies = sent.filter((m) => ['done', 'failed', 'list-result'].includes(m.type));
    expect(replies).toEqual([
      { type: 'done', requestId: 'c1', request: 'configure' },
      { type: 'done', requestId: 's1', request: 'simulate' },
      { type: 'list-result', requestId: 'l1', devices: [] },
    ]);
    expect(sent.find((m) => m.type === 'credential')).toMatchObject({
      credential: { canonical: '67003B51C6' },
    });
  });

  it('answers bad requests and failures with a code and a sentence, changing nothing', async () => {
    const { h, sent } = host();
    await h.handle({ type: 'test-mode', requestId: 't1' });
    await h.handle({ type: 'simulate', requestId: 's1', deviceId: 'nope', action: { kind: 'tap' } });
    await h.handle('garbage');
    expect(sent).toEqual([
      {
        type: 'failed',
        requestId: 't1',
        request: null,
        error: {
          code: 'validation_failed',
          message: expect.stringMatching(/^The hardware service ignored a message/),
        },
      },
      {
        type: 'failed',
        requestId: 's1',
        request: 'simulate',
        error: { code: 'not_found', message: 'No device "nope" is configured.' },
      },
      {
        type: 'failed',
        requestId: null,
        request: null,
        error: expect.objectContaining({ code: 'validation_failed' }),
      },
    ]);
  });

  it('runs requests one at a time, so back-to-back configurations do not mix their devices', async () => {
    const { h, sent } = host();
    const second = { ...reader, id: 'second' };
    await Promise.all([
      h.handle({ type: 'configure', config: { version: 1, devices: [reader] } }),
      h.handle({ type: 'configure', config: { version: 1, devices: [second] } }),
      h.handle({ type: 'simulate', requestId: 'old', deviceId: 'reader', action: { kind: 'tap' } }),
    ]);
    expect(sent.at(-1)).toMatchObject({ type: 'failed', requestId: 'old', error: { code: 'not_found' } });
    const connected = sent.flatMap((m) =>
      m.type === 'status' && m.state === 'connected' ? [m.deviceId] : [],
    );
    const disconnected = sent.flatMap((m) =>
      m.type === 'status' && m.state === 'disconnected' ? [m.deviceId] : [],
    );
    expect([connected, disconnected]).toEqual([['reader', 'second'], ['reader']]);
  });

  it('drops an outgoing message that breaks the contract instead of sending it', () => {
    const { h, sent } = host();
    h.reply({ type: 'raw', deviceId: 'reader', hex: '02', ts: Number.NaN });
    h.reply({ type: 'raw', deviceId: 'reader', hex: '02', ts: 1 });
    expect(sent).toEqual([{ type: 'raw', deviceId: 'reader', hex: '02', ts: 1 }]);
  });

  it('closes the devices and exits on shutdown', async () => {
    const { h, sent, exits } = host();
    await h.handle({ type: 'configure', config: { version: 1, devices: [reader] } });
    await h.handle({ type: 'shutdown', requestId: 'x' });
    expect(sent.at(-1)).toEqual({ type: 'done', requestId: 'x', request: 'shutdown' });
    expect(sent.some((m) => m.type === 'status' && m.state === 'disconnected')).toBe(true);
    expect(exits()).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ServiceMessage, ServiceRequest } from './service-messages.js';

describe('service messages', () => {
  it('accepts the requests the kiosk core sends and fills the device defaults', () => {
    const configure = ServiceRequest.parse({
      type: 'configure',
      requestId: 'r1',
      config: {
        version: 1,
        devices: [
          { id: 'reader', name: 'Reader', role: 'card-reader', protocol: 'em4100', transport: 'simulated' },
        ],
      },
    });
    expect(configure).toMatchObject({
      config: { assetTagPattern: '', devices: [{ baudRate: 9600, dedupeMs: 1500 }] },
    });
    expect(ServiceRequest.parse({ type: 'list' })).toEqual({ type: 'list' });
    expect(
      ServiceRequest.parse({
        type: 'simulate',
        deviceId: 'reader',
        action: { kind: 'tap', canonical: '67003B51C6' },
      }),
    ).toMatchObject({ action: { kind: 'tap' } });
  });

  it('refuses unknown requests and actions', () => {
    expect(ServiceRequest.safeParse({ type: 'test-mode' }).success).toBe(false);
    expect(
      ServiceRequest.safeParse({ type: 'simulate', deviceId: 'r', action: { kind: 'wave' } }).success,
    ).toBe(false);
    expect(
      ServiceRequest.safeParse({ type: 'simulate', deviceId: 'r', action: { kind: 'scan', data: '' } })
        .success,
    ).toBe(false);
  });

  it('accepts replies and device events on the same stream', () => {
    expect(ServiceMessage.parse({ type: 'ready', pid: 42, ts: 1 })).toMatchObject({ type: 'ready' });
    expect(ServiceMessage.parse({ type: 'raw', deviceId: 'reader', hex: '02 36', ts: 1 })).toMatchObject({
      type: 'raw',
    });
    expect(
      ServiceMessage.parse({
        type: 'failed',
        requestId: null,
        request: 'simulate',
        error: { code: 'not_found', message: 'No device "x" is configured.' },
      }),
    ).toMatchObject({ type: 'failed' });
    expect(ServiceMessage.safeParse({ type: 'raw', deviceId: 'reader' }).success).toBe(false);
  });
});

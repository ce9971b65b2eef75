import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/index.js';
import { checkNewAddress, sameAddress } from './api-address.js';

/** A web server that answers every path with `answer(path)`: a school's website, or a Kitdesk of its own. */
async function serving(answer: (path: string) => { status: number; type: string; body: string }) {
  const server = createServer((req, res) => {
    const a = answer(req.url ?? '/');
    res.writeHead(a.status, { 'content-type': a.type }).end(a.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const json = (status: number, body: unknown) => ({
  status,
  type: 'application/json',
  body: JSON.stringify(body),
});
const health = json(200, { status: 'ok', database: 'postgres', version: '1.0.0' });
const kiosk = { kioskId: newId(), token: 't'.repeat(43) };

describe('checkNewAddress', () => {
  let server: Server | null = null;
  afterEach(async () => {
    const s = server;
    server = null;
    if (s) await new Promise((r) => s.close(r));
  });

  it('refuses a web server that is not Kitdesk, saying so', async () => {
    const site = await serving(() => ({ status: 200, type: 'text/html', body: '<h1>Belmont School</h1>' }));
    server = site.server;
    await expect(checkNewAddress(site.url, kiosk)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('answers, but not as a Kitdesk central system'),
    });
  });

  it('refuses a Kitdesk that takes the credential for another kiosk', async () => {
    const other = await serving((path) =>
      path === '/health' ? health : json(200, { kioskId: newId(), name: 'Hall kiosk', locationId: null }),
    );
    server = other.server;
    await expect(checkNewAddress(other.url, kiosk)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('accepts a Kitdesk that knows this kiosk, sending the kiosk’s own credential', async () => {
    const seen: string[] = [];
    const same = await serving((path) => {
      seen.push(path);
      return path === '/health'
        ? health
        : json(200, { kioskId: kiosk.kioskId, name: 'Hall kiosk', locationId: null });
    });
    server = same.server;
    await expect(checkNewAddress(`${same.url}/`, kiosk)).resolves.toMatchObject({ name: 'Hall kiosk' });
    expect(seen).toEqual(['/health', '/kiosks/me']);
  });
});

describe('sameAddress', () => {
  it('treats a trailing slash as the same address, and another host or port as another', () => {
    expect(sameAddress('https://kitdesk.school.example', 'https://kitdesk.school.example/')).toBe(true);
    expect(sameAddress('https://KitDesk.school.example', 'https://kitdesk.school.example')).toBe(true);
    expect(sameAddress('https://kitdesk.school.example', 'https://kitdesk.school.example:8443')).toBe(false);
    expect(sameAddress('https://kitdesk.school.example/api', 'https://kitdesk.school.example')).toBe(false);
  });
});

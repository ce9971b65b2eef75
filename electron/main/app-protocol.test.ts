import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './app-origin.js';
import { createAppProtocolHandler, resolveAppFile } from './app-protocol.js';

const root = mkdtempSync(join(tmpdir(), 'kitdesk-renderer-'));

describe('resolveAppFile', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppFile(root, 'kitdesk://app/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'kitdesk://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'kitdesk://app/assets/a%20b.js?v=1#x')).toBe(join(root, 'assets', 'a b.js'));
  });

  it('keeps plain dot segments inside the folder (URL parsing already folds them away)', () => {
    expect(resolveAppFile(root, 'kitdesk://app/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'kitdesk://app/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
  });

  it.each([
    'kitdesk://app/assets/..%2f..%2fsecret.txt',
    'kitdesk://app/..%2F..%2F..%2Fetc%2Fpasswd',
    'kitdesk://app/%2e%2e%2fsecret.txt',
    'kitdesk://app/%E0%A4%A',
    'kitdesk://other/index.html',
    'https://app/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  it('serves the file through fetchFile with the CSP and no cross-origin access', async () => {
    const fetchFile = vi.fn(
      async () =>
        new Response('<!doctype html>', {
          status: 200,
          headers: { 'content-type': 'text/html', 'access-control-allow-origin': '*' },
        }),
    );
    const handle = createAppProtocolHandler({ rendererDir: root, fetchFile });

    const response = await handle(new Request('kitdesk://app/index.html'));

    expect(fetchFile).toHaveBeenCalledWith(pathToFileURL(join(root, 'index.html')).href);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.has('access-control-allow-origin')).toBe(false);
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('answers 404 without reading anything outside the renderer folder', async () => {
    const fetchFile = vi.fn(async () => new Response('secret'));
    const handle = createAppProtocolHandler({ rendererDir: root, fetchFile });

    const response = await handle(new Request('kitdesk://app/..%2f..%2fetc%2fpasswd'));

    expect(response.status).toBe(404);
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('answers 404 to anything but GET, and when the file cannot be read', async () => {
    const missing = createAppProtocolHandler({
      rendererDir: root,
      fetchFile: async () => {
        throw new Error('net::ERR_FILE_NOT_FOUND');
      },
    });
    expect((await missing(new Request('kitdesk://app/index.html'))).status).toBe(404);

    const fetchFile = vi.fn(async () => new Response('x'));
    const post = createAppProtocolHandler({ rendererDir: root, fetchFile });
    const response = await post(new Request('kitdesk://app/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(fetchFile).not.toHaveBeenCalled();
  });
});

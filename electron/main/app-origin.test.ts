import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, isAllowedSender, isAppUrl } from './app-origin.js';

describe('isAppUrl', () => {
  it.each([
    APP_ENTRY_URL,
    'kitdesk://app/',
    'kitdesk://app/assets/index-3f2a.js',
    'kitdesk://app/index.html#/desk',
  ])('accepts the app’s own %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'https://app/index.html',
    'file:///opt/kitdesk/renderer/dist/index.html',
    'kitdesk://evil/index.html',
    'kitdesk://app.evil.example/index.html',
    'kitdesk://user@app/index.html',
    'kitdesk-app://app/index.html',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isAllowedSender', () => {
  it('accepts the app’s top-level page', () => {
    expect(isAllowedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
  });

  it('refuses a frame that has gone, a subframe, and another page', () => {
    expect(isAllowedSender(null)).toBe(false);
    expect(isAllowedSender({ url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } })).toBe(false);
    expect(isAllowedSender({ url: 'https://example.com/', parent: null })).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('starts from nothing allowed and lets scripts come only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows no inline or evaluated code and no remote source anywhere', () => {
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, name).not.toMatch(/unsafe|https?:|\*/);
      }
    }
  });
});

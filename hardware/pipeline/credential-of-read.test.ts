import { describe, expect, it } from 'vitest';
import { credentialOfRead, type CredentialContext } from './credential-of-read.js';

const ctx = (role: 'card-reader' | 'item-scanner'): CredentialContext => ({
  device: { id: 'scanner', role },
  assetTagPattern: null,
  ts: 7,
});

describe('the credential of a read', () => {
  it('carries every number as its key, upper-cased like the catalogue stores codes', () => {
    const scan = credentialOfRead({ kind: 'text', text: 'kd-00001', aim: null }, ctx('item-scanner'));
    expect(scan).toEqual({
      kind: 'credential',
      credential: {
        kind: 'barcode',
        canonical: 'KD-00001',
        aliases: [],
        symbology: null,
        sourceId: 'scanner',
        ts: 7,
      },
    });
    // A GS1-128 label with a serial number (AI 21) in lower case: its human-readable alias is a key too.
    const gs1 = credentialOfRead(
      { kind: 'text', text: ']C1010400638133393121ab7', aim: null },
      ctx('item-scanner'),
    );
    expect(gs1).toMatchObject({
      credential: { canonical: '010400638133393121AB7', aliases: ['(01)04006381333931(21)AB7'] },
    });
  });

  it('gives a typed 10-digit card number its W26 form on a card reader, not on an item scanner', () => {
    const text = { kind: 'text', text: '0003887558', aim: null } as const;
    expect(credentialOfRead(text, ctx('card-reader'))).toMatchObject({
      credential: { canonical: '0003887558', aliases: ['059,20934'] },
    });
    expect(credentialOfRead(text, ctx('item-scanner'))).toMatchObject({ credential: { aliases: [] } });
  });
});

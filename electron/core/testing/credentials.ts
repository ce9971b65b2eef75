import type { Credential } from '../../../domain/index.js';

export const tap = (canonical: string): Credential => ({
  kind: 'em4100',
  canonical,
  aliases: [],
  symbology: null,
  sourceId: 'reader',
  ts: 0,
});

export const label = (data: string): Credential => ({
  kind: 'barcode',
  canonical: data,
  aliases: [],
  symbology: null,
  sourceId: 'scanner',
  ts: 0,
});

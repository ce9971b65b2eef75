import { describe, expect, it } from 'vitest';
import type { AssetDetail } from '../../domain/api/assets.js';
import { anAssetRow } from '../../domain/testing/catalogue-builders.js';
import { differences, draftFieldOf, draftOf, duplicateOf, emptyDraft, requestOf } from './asset-draft.js';

const SHED = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const STUDIO = '1b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

const light: AssetDetail = {
  ...anAssetRow({
    locationId: STUDIO,
    homeLocationId: SHED,
    barcode: 'KD-00001',
    rfid: 'E200001',
    name: 'Aputure LS 300D',
    serialNumber: 'AP-1',
    modelId: 'LS C300d II',
    manufacturer: 'Aputure',
    purchaseDate: '2025-09-01',
    estimatedValuePence: 129_999,
    highValue: false,
  }),
  allocationId: null,
  loan: null,
  updatedAt: '2026-12-06T00:00:00.000Z',
};

describe('an asset in its form', () => {
  it('saves back what it was read from, empty fields as none', () => {
    const built = requestOf(draftOf(light));
    expect(built).toEqual({
      ok: true,
      request: expect.objectContaining({
        name: 'Aputure LS 300D',
        colour: null,
        estimatedValuePence: 129_999,
        highValue: false,
        locationId: STUDIO,
      }),
    });
  });

  it('names the value field when the value is not money, and sends nothing', () => {
    expect(requestOf({ ...emptyDraft, name: 'x', value: 'about £10' })).toEqual({
      ok: false,
      issues: [{ path: 'value', message: expect.stringContaining('pounds and pence') }],
    });
    expect(requestOf({ ...emptyDraft, name: 'x', value: '£1,299.5' })).toMatchObject({
      request: { estimatedValuePence: 129_950 },
    });
  });

  it('copies an asset without what tells one item from another, starting at its home', () => {
    const copy = duplicateOf(draftOf(light));
    expect(copy).toMatchObject({
      name: light.name,
      barcode: '',
      rfid: '',
      serialNumber: '',
      locationId: SHED,
    });
  });

  it('places a server issue beside its field, the value’s pence beside the pounds typed', () => {
    expect(draftFieldOf('estimatedValuePence')).toBe('value');
    expect(draftFieldOf('barcode')).toBe('barcode');
    expect(draftFieldOf('expectedUpdatedAt')).toBeNull();
  });

  it('knows what a form changed from the version it opened', () => {
    const mine = { ...draftOf(light), purchaseSupplier: 'CVP', cannotLend: true };
    expect(differences(mine, draftOf(light))).toEqual({ purchaseSupplier: 'CVP', cannotLend: true });
    expect(differences(draftOf(light), draftOf(light))).toEqual({});
  });
});

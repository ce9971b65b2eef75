import { describe, expect, it } from 'vitest';
import { asset, ids } from '../testing/staff-records.js';
import { assetToDraft, draftToAssetPatch } from './asset-form.js';
import { NO_HOME } from './location-choices.js';

describe('the asset form', () => {
  it('shows the estimated value in pounds and sends it back in pence', () => {
    const draft = assetToDraft(asset({ estimatedValuePence: 65_050 }));
    expect(draft.estimatedValuePounds).toBe('650.50');
    const answer = draftToAssetPatch({ ...draft, estimatedValuePounds: '£1,499.99' });
    expect(answer.ok && answer.patch.estimatedValuePence).toBe(149_999);
  });

  it('sends an empty value as no value, so the £1,000 rule sees none', () => {
    const answer = draftToAssetPatch({ ...assetToDraft(asset()), estimatedValuePounds: ' ' });
    expect(answer.ok && answer.patch.estimatedValuePence).toBeNull();
  });

  it('maps the high-value choice to the API’s true, false and null', () => {
    const draft = assetToDraft(asset({ highValue: true }));
    expect(draft.highValue).toBe('yes');
    const sent = (['from-value', 'yes', 'no'] as const).map((highValue) => {
      const a = draftToAssetPatch({ ...draft, highValue });
      return a.ok ? a.patch.highValue : 'refused';
    });
    expect(sent).toEqual([null, true, false]);
  });

  it('sends the home location chosen, and "No home location" as none', () => {
    const draft = assetToDraft(asset({ homeLocationId: ids.location }));
    expect(draft.homeLocationId).toBe(ids.location);
    const kept = draftToAssetPatch(draft);
    expect(kept.ok && kept.patch.homeLocationId).toBe(ids.location);
    const none = draftToAssetPatch({ ...draft, homeLocationId: NO_HOME });
    expect(none.ok && none.patch.homeLocationId).toBeNull();
    expect(assetToDraft(asset({ homeLocationId: null })).homeLocationId).toBe(NO_HOME);
  });

  it('says what is wrong with a value that is not money, beside the pounds field', () => {
    const answer = draftToAssetPatch({ ...assetToDraft(asset()), estimatedValuePounds: 'about 600' });
    expect(answer).toEqual({
      ok: false,
      errors: { estimatedValuePounds: 'Enter an amount in pounds, like 650 or 650.50.' },
    });
  });

  it('puts the schema’s refusals beside their fields', () => {
    const answer = draftToAssetPatch({ ...assetToDraft(asset()), name: '', colour: 'c'.repeat(101) });
    expect(answer).toEqual({
      ok: false,
      errors: { name: 'Fill this in.', colour: 'Use at most 100 characters.' },
    });
  });
});

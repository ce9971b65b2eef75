import { describe, expect, it } from 'vitest';
import { kit } from '../testing/staff-records.js';
import { draftToKitPatch, kitToDraft } from './kit-form.js';

describe('the kit form', () => {
  it('sends the name and description, an empty description as none', () => {
    const draft = { ...kitToDraft(kit()), name: 'Zoom H5 sound kit ' };
    expect(draftToKitPatch(draft)).toEqual({
      ok: true,
      patch: { name: 'Zoom H5 sound kit', description: null },
    });
  });

  it('refuses a kit without a name', () => {
    expect(draftToKitPatch({ name: ' ', description: 'Recorder and mic' })).toEqual({
      ok: false,
      errors: { name: 'Fill this in.' },
    });
  });
});

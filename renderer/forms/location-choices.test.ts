import { describe, expect, it } from 'vitest';
import { ids, location } from '../testing/staff-records.js';
import { homeLocationChoices, NO_HOME } from './location-choices.js';

const lab = location({ id: '2f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c', name: 'Media lab', area: null });

describe('the home-location choices', () => {
  it('offer no home, then every location, with its area when it has one', () => {
    expect(homeLocationChoices([location(), lab], ids.location)).toEqual([
      { value: NO_HOME, label: 'No home location' },
      { value: ids.location, label: 'Drama studio (MHS)' },
      { value: lab.id, label: 'Media lab' },
    ]);
  });

  it('keep the present home chosen until the locations have come', () => {
    expect(homeLocationChoices(null, ids.location)).toEqual([
      { value: NO_HOME, label: 'No home location' },
      { value: ids.location, label: 'Its home location now' },
    ]);
    expect(homeLocationChoices(null, NO_HOME)).toEqual([{ value: NO_HOME, label: 'No home location' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { homeElsewhere } from './home-location.js';

const names: Record<string, string> = { shed: 'AV shed 1', office: 'Media office' };
const nameOf = (id: string) => names[id] ?? null;

describe('homeElsewhere', () => {
  it('names the home of an item that belongs somewhere other than this station', () => {
    expect(homeElsewhere('shed', 'office', nameOf)).toBe('AV shed 1');
  });

  it('says nothing of an item at home, or of one with no home', () => {
    expect(homeElsewhere('office', 'office', nameOf)).toBeNull();
    expect(homeElsewhere(null, 'office', nameOf)).toBeNull();
  });

  it('says nothing at a station whose location is not set, whatever the item’s home', () => {
    expect(homeElsewhere('shed', null, nameOf)).toBeNull();
  });

  it('still says elsewhere when the home is not in the kiosk’s copy yet', () => {
    expect(homeElsewhere('drama', 'office', nameOf)).toBe('another location');
  });
});

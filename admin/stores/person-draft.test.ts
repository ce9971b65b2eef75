import { describe, expect, it } from 'vitest';
import type { Person } from '../../domain/model/person.js';
import { changesOf, createRequestOf, draftOf } from './person-draft.js';

const amira: Person = {
  id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Amira Khan',
  email: null,
  department: 'Year 10',
  school: 'Belmont',
  lend: true,
  staff: false,
  isAdmin: false,
  canLogIn: false,
  rfid: '0013961168',
  barcode: null,
  leftAt: null,
  erasedAt: null,
};

describe('a person’s form', () => {
  it('sends only what changed, empty text as none, so staff saving a pupil never send access flags', () => {
    const draft = { ...draftOf(amira), department: '  Year 11 ', rfid: '', school: 'Belmont' };
    expect(changesOf(draft, amira)).toEqual({ department: 'Year 11', rfid: null });
    expect(changesOf(draftOf(amira), amira)).toEqual({});
  });

  it('adds a new person with the name and whatever was filled in, flags as set', () => {
    const draft = { ...draftOf(null), name: ' Priya Shah ', barcode: 'P-1', staff: true };
    expect(createRequestOf(draft)).toEqual({
      name: 'Priya Shah',
      barcode: 'P-1',
      lend: true,
      staff: true,
      canLogIn: false,
      isAdmin: false,
    });
  });
});

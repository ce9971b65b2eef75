import { describe, expect, it } from 'vitest';
import { person } from '../testing/staff-records.js';
import { draftToPersonPatch, personToDraft } from './person-form.js';

describe('the person form', () => {
  it('shows missing values as empty fields and sends empty fields as no value', () => {
    const draft = personToDraft(person({ department: null, barcode: null }));
    expect(draft).toMatchObject({ department: '', barcode: '', leftAt: '' });
    expect(draftToPersonPatch({ ...draft, school: '  ' })).toEqual({
      ok: true,
      patch: {
        name: 'Amira Khan',
        department: null,
        school: null,
        lend: true,
        rfid: '67003B51C6',
        barcode: null,
        leftAt: null,
      },
    });
  });

  it('sends the changes made, trimmed', () => {
    const draft = { ...personToDraft(person()), name: ' Amira K. Khan ', lend: false, leftAt: '20/7/2026' };
    const answer = draftToPersonPatch(draft);
    expect(answer.ok && answer.patch).toMatchObject({
      name: 'Amira K. Khan',
      lend: false,
      leftAt: '2026-07-20',
    });
  });

  it('puts a plain sentence beside each field the schema refuses', () => {
    const draft = {
      ...personToDraft(person()),
      name: '   ',
      department: 'x'.repeat(201),
      leftAt: '30/02/2026',
    };
    expect(draftToPersonPatch(draft)).toEqual({
      ok: false,
      errors: {
        name: 'Fill this in.',
        department: 'Use at most 200 characters.',
        leftAt: '“30/02/2026” is not a date in the calendar.',
      },
    });
  });

  it('shows when they left as day/month/year and asks for it in a form that cannot be misread', () => {
    expect(personToDraft(person({ leftAt: '2026-07-03' })).leftAt).toBe('03/07/2026');
    expect(draftToPersonPatch({ ...personToDraft(person()), leftAt: 'July' })).toEqual({
      ok: false,
      errors: { leftAt: '“July” is not a date I can read: write it as 25/12/2024 or 2024-12-25.' },
    });
  });
});

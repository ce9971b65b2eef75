import { describe, expect, it } from 'vitest';
import { ERASED, scrubberFor } from './scrub.js';

const scrub = scrubberFor(
  {
    names: ['Ann Lee', 'Ann Lee-Smith'],
    emails: ['ann.lee@school.test'],
    departments: ['Media'],
    cards: ['0013961168', 'P-7'],
  },
  'Erased person 1a2b3c4d',
);

describe('scrubbing a person out of text and JSON', () => {
  it('replaces the name with the pseudonym and the email and cards with [erased], as whole words', () => {
    expect(scrub.text('Ann Lee borrowed Annual report stand; Ann Lee-Smith returned it.')).toBe(
      'Erased person 1a2b3c4d borrowed Annual report stand; Erased person 1a2b3c4d returned it.',
    );
    expect(scrub.text('A sign-in as ANN.LEE@school.test failed; card 0013961168 and P-7 but not P-77.')).toBe(
      `A sign-in as ${ERASED} failed; card ${ERASED} and ${ERASED} but not P-77.`,
    );
  });

  it('clears whole values in JSON, the department included, and leaves other values alone', () => {
    expect(
      scrub.json({
        name: 'Ann Lee',
        email: 'ann.lee@school.test',
        department: 'Media',
        school: 'Belmont',
        facts: [{ staffName: 'Ann Lee', reason: 'Ann Lee needs it for Media coursework' }],
        count: 3,
        lend: true,
        leftAt: null,
      }),
    ).toEqual({
      name: 'Erased person 1a2b3c4d',
      email: null,
      department: null,
      school: 'Belmont',
      facts: [
        {
          staffName: 'Erased person 1a2b3c4d',
          reason: 'Erased person 1a2b3c4d needs it for Media coursework',
        },
      ],
      count: 3,
      lend: true,
      leftAt: null,
    });
  });
});

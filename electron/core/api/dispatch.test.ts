import { describe, expect, it } from 'vitest';
import { KitdeskError } from '../../../domain/errors.js';
import { dispatch, type KioskHandlers } from './dispatch.js';

const clash = 'The code “KD-00002” already belongs to another asset or person.';

/** Only the handlers a test calls; dispatch looks up the one named. */
const handlers = (some: Partial<KioskHandlers>) => some as KioskHandlers;

describe('the one door into the core', () => {
  it('keeps the details of a refusal, typed by its code, for the screen', async () => {
    const details = { constraint: 'credential_pkey', issues: [{ path: 'barcode', message: clash }] };
    const answer = await dispatch(
      handlers({
        'staff.updatePerson': () => {
          throw new KitdeskError('conflict', clash, details);
        },
      }),
      'staff.updatePerson',
      { id: '5a0e7d42-6c1f-4b8e-9a3d-2f1c0b9e8d71', patch: { barcode: 'KD-00002' } },
    );
    expect(answer).toEqual({ ok: false, error: { code: 'conflict', message: clash, details } });
  });

  it('keeps the sentence and leaves out details that do not fit their code', async () => {
    const answer = await dispatch(
      handlers({
        'staff.overdue': () => {
          throw new KitdeskError('validation_failed', 'Not like that.', { issues: 'all of them' });
        },
      }),
      'staff.overdue',
      {},
    );
    expect(answer).toEqual({ ok: false, error: { code: 'validation_failed', message: 'Not like that.' } });
  });

  it('names every parameter it refuses, by its path', async () => {
    const answer = await dispatch(handlers({}), 'staff.updatePerson', {
      id: 'not-an-id',
      patch: { name: '' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'validation_failed',
        message: expect.stringContaining('(id)'),
        details: { issues: [{ path: 'id' }, { path: 'patch.name' }] },
      },
    });
  });
});

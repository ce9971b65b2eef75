import { describe, expect, it } from 'vitest';
import type { PersonLoans } from '../../domain/api/people.js';
import type { Person } from '../../domain/model/person.js';
import type { ApiClient } from '../api/api-client.js';
import { ApiError } from '../api/http.js';
import { createPersonStore } from './person-store.js';

const ID = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const amira: Person = {
  id: ID,
  name: 'Amira Khan',
  email: null,
  department: 'Year 10',
  school: 'Belmont',
  lend: true,
  staff: false,
  isAdmin: false,
  canLogIn: false,
  rfid: null,
  barcode: null,
  leftAt: null,
  erasedAt: null,
};
const noLoans: PersonLoans = { current: [], past: [], pastCount: 0 };

/** The API as the person page uses it: reads counted, a save refused with a field's sentence. */
function api() {
  const reads: string[] = [];
  const client = {
    async get(_schema: unknown, path: string) {
      reads.push(path);
      return path.endsWith('/loans') ? noLoans : amira;
    },
    async send() {
      throw new ApiError(
        'conflict',
        'Another person already has this email address: use a different one.',
        409,
        {
          issues: [
            { path: 'email', message: 'Another person already has this email address: use a different one.' },
          ],
        },
      );
    },
  } as unknown as ApiClient;
  return { client, reads };
}

describe('a person’s page', () => {
  it('keeps an unsaved draft when the page is opened again, and reads an untouched one afresh', async () => {
    const { client, reads } = api();
    const store = createPersonStore(client);
    await store.getState().open(ID);
    store.getState().edit('department', 'Year 11');
    await store.getState().open(ID);
    expect(store.getState().draft.department).toBe('Year 11');
    expect(reads).toHaveLength(2);
    store.getState().edit('department', 'Year 10');
    await store.getState().open(ID);
    expect(reads).toHaveLength(4);
  });

  it('puts the server’s sentence beside the field it refused, and needs a name before asking', async () => {
    const store = createPersonStore(api().client);
    await store.getState().open('new');
    expect(await store.getState().save()).toBeNull();
    expect(store.getState().fieldErrors.name).toMatch(/Give the person’s name/);
    store.getState().edit('name', 'Priya Shah');
    store.getState().edit('email', 'admin@school.test');
    expect(await store.getState().save()).toBeNull();
    expect(store.getState().fieldErrors).toEqual({
      email: 'Another person already has this email address: use a different one.',
    });
    store.getState().edit('email', 'priya@school.test');
    expect(store.getState().fieldErrors).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { defaultQueryOf, listQueryOf, listSearchParams } from './paged-list-store.js';
import { peopleList } from './people-list-store.js';

describe('a paged list in the address bar', () => {
  it('leaves the defaults out, and adds the page size only for the API', () => {
    expect(listSearchParams(peopleList, defaultQueryOf(peopleList)).toString()).toBe('');
    expect(listSearchParams(peopleList, { ...defaultQueryOf(peopleList), q: '  ' }, true).toString()).toBe(
      'pageSize=25',
    );
  });

  it('reads back what it wrote', () => {
    const query = { q: 'Year 10', page: 4, sort: 'school' as const, order: 'desc' as const };
    expect(listQueryOf(peopleList, listSearchParams(peopleList, query))).toEqual(query);
  });

  it('falls back to the defaults for anything it does not know', () => {
    const odd = new URLSearchParams('page=1.5&sort=passwordHash&order=up');
    expect(listQueryOf(peopleList, odd)).toEqual(defaultQueryOf(peopleList));
  });
});

import type { Page } from '../../../domain/api/pagination.js';

/** The central API's largest page: whole lists come in as few calls as it allows. */
export const LARGEST_PAGE = 200;

/** Every item of a paged list, fetched a page at a time until the list's total is reached. */
export async function allPages<T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const answer = await fetchPage(page);
    items.push(...answer.items);
    // An empty page ends it too: the list may shrink while it is read.
    if (items.length >= answer.total || answer.items.length === 0) return items;
  }
}

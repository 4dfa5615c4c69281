import { toSearchCriteria } from './search-criteria';
import { MAX_REACHABLE_HITS, cursorAfter, firstPage, pageFromCursor } from './search-cursor';
import { InvalidSearchError } from './search.errors';

const criteria = toSearchCriteria({ q: 'lamp' });

describe('search paging', () => {
  it('starts at the first hit', () => {
    expect(firstPage(20)).toEqual({ offset: 0, limit: 20 });
  });

  it('hands out a cursor to the next page while hits remain', () => {
    const cursor = cursorAfter({ offset: 0, limit: 20 }, 45, criteria);
    expect(pageFromCursor(cursor, criteria, 20)).toEqual({ offset: 20, limit: 20 });
  });

  it('ends when the page reached the last hit', () => {
    expect(cursorAfter({ offset: 40, limit: 20 }, 45, criteria)).toBeNull();
    expect(cursorAfter({ offset: 20, limit: 20 }, 40, criteria)).toBeNull();
  });

  it('lets the page size change between pages of one search', () => {
    const cursor = cursorAfter({ offset: 0, limit: 10 }, 100, criteria);
    expect(pageFromCursor(cursor, criteria, 50)).toEqual({ offset: 10, limit: 50 });
  });

  it('never pages past the last reachable hit', () => {
    const cursor = cursorAfter({ offset: 0, limit: MAX_REACHABLE_HITS - 30 }, 5000, criteria);
    const last = pageFromCursor(cursor, criteria, 50);
    expect(last).toEqual({ offset: MAX_REACHABLE_HITS - 30, limit: 30 });
    expect(cursorAfter(last, 5000, criteria)).toBeNull();
  });

  it('refuses a cursor of a search with other criteria', () => {
    const cursor = cursorAfter({ offset: 0, limit: 20 }, 45, criteria);
    const other = toSearchCriteria({ q: 'lamp', inStock: true });
    expect(() => pageFromCursor(cursor, other, 20)).toThrow(
      expect.objectContaining({ code: 'search.cursor-mismatch' }),
    );
  });

  it('refuses a cursor of a search in other categories', () => {
    const lighting = toSearchCriteria({ q: 'lamp', categories: ['lighting'] });
    const cursor = cursorAfter({ offset: 0, limit: 20 }, 45, lighting);
    expect(pageFromCursor(cursor, toSearchCriteria({ q: 'lamp', categories: ['lighting'] }), 20)).toEqual({
      offset: 20,
      limit: 20,
    });
    expect(() => pageFromCursor(cursor, criteria, 20)).toThrow(
      expect.objectContaining({ code: 'search.cursor-mismatch' }),
    );
  });

  it('keeps accepting a cursor handed out before categories existed', () => {
    // The fingerprint of q=lamp as it was computed before `category` existed.
    const before = { offset: 20, criteria: 'W4dk7n4Y5OGYH7IR' };
    expect(pageFromCursor(before, criteria, 20)).toEqual({ offset: 20, limit: 20 });
  });

  it.each([
    ['no offset', {}],
    ['a text offset', { offset: '20' }],
    ['a fractional offset', { offset: 2.5 }],
    ['a zero offset', { offset: 0 }],
    ['an offset beyond the reachable hits', { offset: MAX_REACHABLE_HITS }],
    ['not an object', null],
  ])('refuses a cursor with %s', (_, cursor) => {
    expect(() => pageFromCursor(cursor, criteria, 20)).toThrow(InvalidSearchError);
  });
});

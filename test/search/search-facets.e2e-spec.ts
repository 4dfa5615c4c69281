import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { SearchBody, idsOf, searchApi } from './search-api';

/**
 * A catalogue small enough to count by hand (the test app has its own database, so these products
 * are all there is):
 *
 * | product | matches "zither" | categories  | stock | rating (average) |
 * | ------- | ---------------- | ----------- | ----- | ---------------- |
 * | alpha   | name             | music, wood | 5     | 5                |
 * | beta    | name             | music       | 0     | 3                |
 * | gamma   | name             | music, gift | 2     | 4 and 5 (4.5)    |
 * | delta   | —                | music, wood | 1     | unrated          |
 * | epsilon | description      | toys        | 3     | 2                |
 * | zeta    | —                | none        | 0     | 1                |
 */
describe('search filters by category and counts facets', () => {
  let app: TestApp;
  let api: ReturnType<typeof searchApi>;
  let admin: string;
  const ids: Record<string, string> = {};

  const rate = (productId: string, user: string, stars: number) =>
    tokenFor(user).then((token) =>
      api.untilAccepted(
        () => app.api.put(`/api/v1/products/${productId}/ratings/me`, { stars }, { token }),
        `rating of ${productId} accepted`,
      ),
    );

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
    api = searchApi(app, admin);
    const create = (name: string, description: string, initialStock: number, categories: string[]) =>
      api.createProduct({ name, description, initialStock, categories });
    ids.alpha = await create('Zither Alpha', 'Concert instrument', 5, ['music', 'wood']);
    ids.beta = await create('Zither Beta', 'Practice instrument', 0, ['music']);
    ids.gamma = await create('Zither Gamma', 'Boxed with a tuning key', 2, ['music', 'gift']);
    ids.delta = await create('Lute Delta', 'Eight courses', 1, ['music', 'wood']);
    ids.epsilon = await create('Kazoo Epsilon', 'Sounds almost like a zither', 3, ['toys']);
    ids.zeta = await create('Drum Zeta', 'Hand drum', 0, []);
    await rate(ids.alpha, 'customer-1', 5);
    await rate(ids.beta, 'customer-1', 3);
    await rate(ids.gamma, 'customer-1', 4);
    await rate(ids.gamma, 'customer-2', 5);
    await rate(ids.epsilon, 'customer-1', 2);
    await rate(ids.zeta, 'customer-1', 1);
    await api.searchUntil({ minRating: '4.5' }, (body) => body.total === 2, 'both ratings of gamma indexed');
    await api.searchUntil(
      {},
      (body) => body.total === 6 && body.facets.minRating['1'] === 5 && body.facets.minRating['2'] === 4,
      'every product and rating indexed',
    );
  });

  afterAll(() => app?.close());

  const search = async (params: Record<string, string | string[]>): Promise<SearchBody> => {
    const { status, body } = await api.search(params);
    expect(status).toBe(200);
    return body;
  };

  const sortedIds = (body: SearchBody) => idsOf(body).sort();
  const idsOfNames = (...names: string[]) => names.map((name) => ids[name]).sort();
  /** Expected category counts, in the order listed. */
  const categoryCounts = (counts: Record<string, number>) =>
    Object.entries(counts).map(([value, count]) => ({ value, count }));
  /** Expected facets: category counts in the order listed, the minRating buckets 1 to 5, inStock. */
  const facets = (category: Record<string, number>, minRating: number[], inStock: number) => ({
    category: categoryCounts(category),
    minRating: Object.fromEntries(minRating.map((count, index) => [String(index + 1), count])),
    inStock,
  });

  it('counts every listed product when browsing', async () => {
    const body = await search({});

    expect(body.total).toBe(6);
    expect(body.facets).toEqual(facets({ music: 4, wood: 2, gift: 1, toys: 1 }, [5, 4, 3, 2, 1], 4));
  });

  it('counts the products matching q only', async () => {
    const body = await search({ q: 'zither' });

    expect(sortedIds(body)).toEqual(idsOfNames('alpha', 'beta', 'gamma', 'epsilon'));
    expect(body.facets).toEqual(facets({ music: 3, gift: 1, toys: 1, wood: 1 }, [4, 4, 3, 2, 1], 3));
  });

  it('keeps the products in any of the requested categories, and counts the categories without that filter', async () => {
    const music = await search({ q: 'zither', category: 'music' });
    expect(sortedIds(music)).toEqual(idsOfNames('alpha', 'beta', 'gamma'));
    expect(music.total).toBe(3);
    expect(music.facets).toEqual(facets({ music: 3, gift: 1, toys: 1, wood: 1 }, [3, 3, 3, 2, 1], 2));

    const musicOrToys = await search({ q: 'zither', category: ['toys', 'music'] });
    expect(sortedIds(musicOrToys)).toEqual(idsOfNames('alpha', 'beta', 'gamma', 'epsilon'));
  });

  it('counts each facet with every other filter applied and its own left out', async () => {
    const body = await search({ category: 'wood', inStock: 'true', minRating: '4' });

    expect(idsOf(body)).toEqual([ids.alpha]);
    // Categories: minRating and inStock apply, so alpha (music, wood) and gamma (music, gift).
    // minRating: category and inStock apply, so alpha (5) and delta (unrated: in no bucket).
    // inStock: category and minRating apply, so alpha.
    expect(body.facets).toEqual(facets({ music: 2, gift: 1, wood: 1 }, [1, 1, 1, 1, 1], 1));
  });

  it('counts a fractional minRating, and what inStock=false leaves', async () => {
    const rated = await search({ q: 'zither', minRating: '4.5' });
    expect(sortedIds(rated)).toEqual(idsOfNames('alpha', 'gamma'));
    expect(rated.facets.inStock).toBe(2);
    expect(rated.facets.category).toEqual(categoryCounts({ music: 2, gift: 1, wood: 1 }));

    const soldOut = await search({ inStock: 'false' });
    expect(sortedIds(soldOut)).toEqual(idsOfNames('beta', 'zeta'));
    expect(soldOut.facets.inStock).toBe(4);
    expect(soldOut.facets.minRating).toEqual({ '1': 2, '2': 1, '3': 1, '4': 0, '5': 0 });
  });

  it('lists a requested category nothing is in with a count of 0', async () => {
    const body = await search({ q: 'zither', category: 'brass' });

    expect(body.total).toBe(0);
    expect(body.items).toEqual([]);
    expect(body.facets).toEqual(facets({ music: 3, gift: 1, toys: 1, wood: 1, brass: 0 }, [0, 0, 0, 0, 0], 0));
  });

  it('pages through one category, refusing the cursor for another', async () => {
    const first = await search({ category: 'music', limit: '3' });
    expect(first.total).toBe(4);

    const second = await search({ category: 'music', limit: '3', cursor: first.nextCursor! });
    expect([...idsOf(first), ...idsOf(second)].sort()).toEqual(idsOfNames('alpha', 'beta', 'gamma', 'delta'));
    expect(second.nextCursor).toBeNull();

    const replayed = await api.search({ category: 'wood', limit: '3', cursor: first.nextCursor! });
    expect(replayed.status).toBe(400);
    expect(replayed.body).toMatchObject({ code: 'search.cursor-mismatch' });
  });

  it('stops counting a product once it is deleted', async () => {
    expect((await app.api.delete(`/api/v1/products/${ids.zeta}`, { token: admin })).status).toBe(204);

    const body = await api.searchUntil({}, (b) => b.total === 5, 'the deleted product to leave the counts');
    expect(body.facets.minRating).toEqual({ '1': 4, '2': 4, '3': 3, '4': 2, '5': 1 });
    expect(body.facets.inStock).toBe(4);
  });

  it('keeps the categories a product was created with: no update can change them', async () => {
    const patched = await app.api.patch(`/api/v1/products/${ids.alpha}`, { categories: ['toys'] }, { token: admin });

    expect(patched.status).toBe(400);
    expect((await search({ category: 'toys' })).total).toBe(1);
  });

  it.each([
    ['an upper-case category', 'category=Music'],
    ['an empty category', 'category='],
    ['a category with spaces', 'category=home%20office'],
    ['a category longer than 50 characters', `category=${'a'.repeat(51)}`],
    ['eleven categories', Array.from({ length: 11 }, (_, n) => `category=c${n}`).join('&')],
  ])('answers 400 problem+json for %s', async (_, query) => {
    const response = await app.api.get(`/api/v1/search?${query}`);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'category' })]);
  });
});

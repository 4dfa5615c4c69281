import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { SearchBody, idsOf, searchApi } from './search-api';

describe('product search', () => {
  let app: TestApp;
  let api: ReturnType<typeof searchApi>;
  let admin: string;
  const customer = (n: number) => tokenFor(`customer-${n}`);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
    api = searchApi(app, admin);
  });

  afterAll(() => app?.close());

  const addReview = async (productId: string, token: string, title: string, body: string): Promise<string> => {
    const response = await api.untilAccepted(
      () => app.api.post(`/api/v1/products/${productId}/reviews`, { title, body }, { token }),
      `review of ${productId} accepted`,
    );
    return response.body.id;
  };

  const rate = (productId: string, token: string, stars: number) =>
    api.untilAccepted(
      () => app.api.put(`/api/v1/products/${productId}/ratings/me`, { stars }, { token }),
      `rating of ${productId} accepted`,
    );

  it('ranks a name match above a description match above a review match', async () => {
    const inName = await api.createProduct({ name: 'Quasar Lamp', description: 'A bright desk light' });
    const inDescription = await api.createProduct({ name: 'Night Light', description: 'Glows like a quasar at night' });
    const inReview = await api.createProduct({ name: 'Wall Shelf', description: 'Oak, holds books' });
    await addReview(inReview, await customer(1), 'Lovely', 'My quasar collection fits on it');

    const body = await api.searchUntil({ q: 'quasar' }, (b) => b.total === 3, 'three quasar hits');

    expect(idsOf(body)).toEqual([inName, inDescription, inReview]);
    expect(body.items[0].score).toBeGreaterThan(body.items[1].score);
    expect(body.items[1].score).toBeGreaterThan(body.items[2].score);
    expect(body.items[2].snippet).toBe('Oak, holds books Lovely My <b>quasar</b> collection fits on it');
  });

  it('highlights the matched words of the description in the snippet', async () => {
    await api.createProduct({ name: 'Field Recorder', description: 'Captures every ambient marimba note in the room' });

    const body = await api.searchUntil({ q: 'marimba' }, (b) => b.total === 1, 'the marimba hit');

    expect(body.items[0].snippet).toContain('<b>marimba</b>');
  });

  it('escapes markup of the indexed text so the snippet is safe to render', async () => {
    await api.createProduct({
      name: 'Glockenspiel',
      description: '<script>alert(1)</script> a glockenspiel & mallets',
    });

    const body = await api.searchUntil({ q: 'glockenspiel' }, (b) => b.total === 1, 'the glockenspiel hit');

    const { snippet } = body.items[0];
    expect(snippet.replace(/<\/?b>/g, '')).not.toMatch(/[<>]/);
    expect(snippet).toContain('alert(1)&lt;/script&gt;');
    expect(snippet).toContain('<b>glockenspiel</b> &amp; mallets');
  });

  it('finds a product by its name despite a typo', async () => {
    const id = await api.createProduct({ name: 'Studio Headphones', description: 'Closed-back, detachable cable' });

    const body = await api.searchUntil({ q: 'hedphones' }, (b) => idsOf(b).includes(id), 'the typo to match');

    expect(body.items.find((item) => item.productId === id)?.name).toBe('Studio Headphones');
  });

  describe('with ratings and stock', () => {
    let topRated: string;
    let lowRated: string;
    let unrated: string;

    beforeAll(async () => {
      topRated = await api.createProduct({ name: 'Bongo Drum Deluxe', description: 'Hand drum', initialStock: 4 });
      lowRated = await api.createProduct({ name: 'Bongo Drum Basic', description: 'Hand drum', initialStock: 0 });
      unrated = await api.createProduct({ name: 'Bongo Drum Travel', description: 'Hand drum', initialStock: 2 });
      await rate(topRated, await customer(2), 5);
      await rate(lowRated, await customer(2), 2);
      await api.searchUntil({ q: 'bongo', minRating: '1' }, (b) => b.total === 2, 'both ratings to reach the index');
    });

    it('keeps only products rated at least minRating', async () => {
      expect(idsOf((await api.search({ q: 'bongo', minRating: '4.5' })).body)).toEqual([topRated]);
      expect((await api.search({ q: 'bongo', minRating: '0' })).body.total).toBe(3);
    });

    it('keeps only products in (or out of) stock', async () => {
      expect(idsOf((await api.search({ q: 'bongo', inStock: 'false' })).body)).toEqual([lowRated]);
      expect(idsOf((await api.search({ q: 'bongo', inStock: 'true', sort: 'newest' })).body)).toEqual([
        unrated,
        topRated,
      ]);
    });

    it('shows rating and availability on each hit', async () => {
      const { body } = await api.search({ q: 'bongo', sort: 'rating' });
      expect(body.items.map(({ rating, inStock }) => ({ rating, inStock }))).toEqual([
        { rating: { average: 5, count: 1 }, inStock: true },
        { rating: { average: 2, count: 1 }, inStock: false },
        { rating: { average: 0, count: 0 }, inStock: true },
      ]);
    });

    it('orders by rating or by newest on request', async () => {
      expect(idsOf((await api.search({ q: 'bongo', sort: 'rating' })).body)).toEqual([topRated, lowRated, unrated]);
      expect(idsOf((await api.search({ q: 'bongo', sort: 'newest' })).body)).toEqual([unrated, lowRated, topRated]);
    });

    it('lists everything newest first when browsing without q', async () => {
      const { body } = await api.search({ limit: '3' });
      expect(idsOf(body)).toEqual([unrated, lowRated, topRated]);
      expect(body.items.every((item) => item.score === 0)).toBe(true);
    });

    it('takes a product out of stock once its last units are reserved', async () => {
      await api.untilAccepted(
        () => app.api.post(`/api/v1/inventory/${unrated}/reservations`, { quantity: 2 }, { token: admin }),
        'reservation of the last units',
      );
      await api.searchUntil(
        { q: 'bongo', inStock: 'false' },
        (b) => idsOf(b).includes(unrated),
        'the sold-out product to be out of stock',
      );
    });
  });

  it('returns each hit once across pages and counts them all', async () => {
    const created = [];
    for (let n = 1; n <= 7; n++) {
      created.push(await api.createProduct({ name: `Tambourine model ${n}`, description: 'Jingles' }));
    }
    await api.searchUntil({ q: 'tambourine' }, (b) => b.total === 7, 'all tambourines indexed');

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const params: Record<string, string> = { q: 'tambourine', limit: '3', ...(cursor ? { cursor } : {}) };
      const { status, body }: { status: number; body: SearchBody } = await api.search(params);
      expect(status).toBe(200);
      expect(body.total).toBe(7);
      seen.push(...idsOf(body));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it('refuses a cursor replayed with other filters', async () => {
    await api.createProduct({ name: 'Kazoo One', description: 'Buzz' });
    await api.createProduct({ name: 'Kazoo Two', description: 'Buzz' });
    const first = await api.searchUntil({ q: 'kazoo', limit: '1' }, (b) => b.total === 2, 'both kazoos');

    const replayed = await api.search({ q: 'kazoo', limit: '1', inStock: 'true', cursor: first.nextCursor! });

    expect(replayed.status).toBe(400);
    expect(replayed.body).toMatchObject({ code: 'search.cursor-mismatch' });
  });

  it('finds a renamed product by its new name only', async () => {
    const id = await api.createProduct({ name: 'Ocarina Classic', description: 'Clay flute' });
    await api.searchUntil({ q: 'ocarina' }, (b) => idsOf(b).includes(id), 'the ocarina');

    const patched = await app.api.patch(`/api/v1/products/${id}`, { name: 'Harmonica Classic' }, { token: admin });
    expect(patched.status).toBe(200);

    await api.searchUntil({ q: 'harmonica' }, (b) => idsOf(b).includes(id), 'the new name to match');
    expect(idsOf((await api.search({ q: 'ocarina' })).body)).not.toContain(id);
  });

  it("stops matching an edited review's old words and a deleted review's words", async () => {
    const id = await api.createProduct({ name: 'Music Stand', description: 'Folding steel' });
    const author = await customer(3);
    const reviewId = await addReview(id, author, 'Sturdy', 'Holds my xylophone scores');
    await api.searchUntil({ q: 'xylophone' }, (b) => idsOf(b).includes(id), 'the review words to match');

    const edited = await app.api.patch(
      `/api/v1/reviews/${reviewId}`,
      { body: 'Holds my bassoon scores' },
      { token: author },
    );
    expect(edited.status).toBe(200);
    await api.searchUntil({ q: 'bassoon' }, (b) => idsOf(b).includes(id), 'the edited words to match');
    expect(idsOf((await api.search({ q: 'xylophone' })).body)).not.toContain(id);

    expect((await app.api.delete(`/api/v1/reviews/${reviewId}`, { token: author })).status).toBe(204);
    await api.searchUntil({ q: 'bassoon' }, (b) => !idsOf(b).includes(id), 'the deleted review to stop matching');
  });

  it('drops a deleted product from every result', async () => {
    const id = await api.createProduct({ name: 'Didgeridoo', description: 'Eucalyptus' });
    await api.searchUntil({ q: 'didgeridoo' }, (b) => b.total === 1, 'the didgeridoo');

    expect((await app.api.delete(`/api/v1/products/${id}`, { token: admin })).status).toBe(204);

    await api.searchUntil({ q: 'didgeridoo' }, (b) => b.total === 0, 'the deleted product to disappear');
    await eventually(
      () => api.search({ sort: 'newest', limit: '50' }),
      ({ body }) => !idsOf(body).includes(id),
      { what: 'the deleted product to leave the browse list' },
    );
  });
});

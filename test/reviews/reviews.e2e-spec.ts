import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { Tokens, review, reviewableProduct, storedEvents, tokens } from './review-fixtures';

describe('reviews over HTTP', () => {
  let app: TestApp;
  let as: Tokens;

  beforeAll(async () => {
    app = await startTestApp();
    as = await tokens();
  });

  afterAll(() => app.close());

  const addReview = (productId: string, token: string, body: unknown = review()) =>
    app.api.post(`/api/v1/products/${productId}/reviews`, body, { token });

  describe('adding', () => {
    let productId: string;

    beforeAll(async () => {
      productId = await reviewableProduct(app, as.admin);
    });

    it('adds a review at version 1 and serves it by id', async () => {
      const added = await addReview(productId, as.alice, review('  Great fit  ', 'Soft.'));
      expect(added.status).toBe(201);
      expect(added.body).toEqual({
        id: expect.any(String),
        productId,
        authorId: 'customer-alice',
        title: 'Great fit',
        body: 'Soft.',
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(added.headers.get('location')).toBe(`/api/v1/reviews/${added.body.id}`);
      const fetched = await app.api.get(`/api/v1/reviews/${added.body.id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(added.body);
      expect(await storedEvents(app, added.body.id)).toEqual([
        expect.objectContaining({ type: 'reviews.review-added.v1', stream_version: 1 }),
      ]);
    });

    it('rejects a second review by the same customer with 409', async () => {
      const second = await addReview(productId, as.alice, review('Again'));
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('review.already-exists');
    });

    it('accepts exactly one of 10 concurrent reviews by the same customer and refuses the rest with 409', async () => {
      const token = await tokenFor(`customer-${randomUUID()}`);
      const responses = await Promise.all(Array.from({ length: 10 }, () => addReview(productId, token)));
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    });

    it('answers 404 for a product the catalog does not have', async () => {
      expect((await addReview(randomUUID(), as.alice)).status).toBe(404);
      expect((await app.api.get(`/api/v1/products/${randomUUID()}/reviews`)).status).toBe(404);
    });

    it.each([
      ['an empty title', { title: '', body: 'Soft.' }],
      ['a blank title', { title: '   ', body: 'Soft.' }],
      ['a 121-character title', { title: 't'.repeat(121), body: 'Soft.' }],
      ['a 5,001-character body', { title: 'Long', body: 'b'.repeat(5001) }],
      ['a missing body', { title: 'No body' }],
      ['an unknown field', { ...review(), authorId: 'someone-else' }],
    ])('rejects %s with 400', async (_, body) => {
      const response = await addReview(productId, as.bob, body);
      expect(response.status).toBe(400);
    });

    it('answers 401 without a token', async () => {
      expect((await app.api.post(`/api/v1/products/${productId}/reviews`, review())).status).toBe(401);
    });
  });

  describe('editing and deleting', () => {
    let productId: string;

    beforeEach(async () => {
      productId = await reviewableProduct(app, as.admin);
    });

    it('lets the author edit, increments the version and stores review-updated', async () => {
      const { body: added } = await addReview(productId, as.alice);
      const edited = await app.api.patch(
        `/api/v1/reviews/${added.id}`,
        { body: 'Shrank after washing.' },
        {
          token: as.alice,
          headers: { 'if-match': '"1"' },
        },
      );
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: added.title, body: 'Shrank after washing.', version: 2 });
      expect(edited.headers.get('etag')).toBe('"2"');
      expect(await storedEvents(app, added.id)).toEqual([
        expect.objectContaining({ type: 'reviews.review-added.v1', stream_version: 1 }),
        expect.objectContaining({
          type: 'reviews.review-updated.v1',
          stream_version: 2,
          payload: expect.objectContaining({ body: 'Shrank after washing.' }),
        }),
      ]);
    });

    it('refuses an edit with a stale If-Match with 412', async () => {
      const { body: added } = await addReview(productId, as.alice);
      await app.api.patch(`/api/v1/reviews/${added.id}`, { title: 'Better' }, { token: as.alice });
      const stale = await app.api.patch(
        `/api/v1/reviews/${added.id}`,
        { title: 'Lost' },
        {
          token: as.alice,
          headers: { 'if-match': '"1"' },
        },
      );
      expect(stale.status).toBe(412);
      expect((await app.api.get(`/api/v1/reviews/${added.id}`)).body.title).toBe('Better');
    });

    it.each([
      ['a null title', { title: null }],
      ['a blank body', { body: ' ' }],
      ['a product id', { productId: randomUUID() }],
    ])('rejects an edit with %s with 400', async (_, changes) => {
      const { body: added } = await addReview(productId, as.alice);
      expect((await app.api.patch(`/api/v1/reviews/${added.id}`, changes, { token: as.alice })).status).toBe(400);
    });

    it('forbids another customer and an admin to edit', async () => {
      const { body: added } = await addReview(productId, as.alice);
      expect((await app.api.patch(`/api/v1/reviews/${added.id}`, { title: 'Mine' }, { token: as.bob })).status).toBe(
        403,
      );
      expect((await app.api.patch(`/api/v1/reviews/${added.id}`, { title: 'Mod' }, { token: as.admin })).status).toBe(
        403,
      );
      expect((await app.api.get(`/api/v1/reviews/${added.id}`)).body).toMatchObject({ title: added.title, version: 1 });
    });

    it('forbids another customer to delete', async () => {
      const { body: added } = await addReview(productId, as.alice);
      expect((await app.api.delete(`/api/v1/reviews/${added.id}`, { token: as.bob })).status).toBe(403);
      expect((await app.api.get(`/api/v1/reviews/${added.id}`)).status).toBe(200);
    });

    it('lets an admin delete a review, which then disappears and is recorded as deleted by admin', async () => {
      const { body: added } = await addReview(productId, as.alice);
      expect((await app.api.delete(`/api/v1/reviews/${added.id}`, { token: as.admin })).status).toBe(204);
      expect((await app.api.get(`/api/v1/reviews/${added.id}`)).status).toBe(404);
      expect((await app.api.get(`/api/v1/products/${productId}/reviews`)).body.items).toEqual([]);
      const events = await storedEvents(app, added.id);
      expect(events[1]).toMatchObject({
        type: 'reviews.review-deleted.v1',
        stream_version: 2,
        payload: { deletedBy: 'admin' },
      });
    });

    it('lets the author delete their review and write a new one', async () => {
      const { body: added } = await addReview(productId, as.alice);
      expect((await app.api.delete(`/api/v1/reviews/${added.id}`, { token: as.alice })).status).toBe(204);
      expect((await storedEvents(app, added.id))[1].payload).toMatchObject({ deletedBy: 'author' });
      expect((await addReview(productId, as.alice, review('Second thoughts'))).status).toBe(201);
    });
  });

  it('pages through every review of a product exactly once, newest first', async () => {
    const productId = await reviewableProduct(app, as.admin);
    const added: string[] = [];
    for (let n = 0; n < 7; n++) {
      const response = await addReview(productId, await tokenFor(`customer-page-${n}`), review(`Review ${n}`));
      added.push(response.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const page = await app.api.get(`/api/v1/products/${productId}/reviews${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...added].reverse());
  });

  it('rejects a malformed cursor with 400', async () => {
    const productId = await reviewableProduct(app, as.admin);
    const cursor = Buffer.from(JSON.stringify({ id: 'not-a-uuid' })).toString('base64url');
    expect((await app.api.get(`/api/v1/products/${productId}/reviews?cursor=${cursor}`)).status).toBe(400);
  });

  it('stops listing the reviews of a deleted product and announces each deletion', async () => {
    const productId = await reviewableProduct(app, as.admin);
    const { body: first } = await addReview(productId, as.alice);
    const { body: second } = await addReview(productId, as.bob);
    await app.api.patch(`/api/v1/reviews/${second.id}`, { title: 'Edited' }, { token: as.bob });

    expect((await app.api.delete(`/api/v1/products/${productId}`, { token: as.admin })).status).toBe(204);

    await eventually(
      () => app.api.get(`/api/v1/products/${productId}/reviews`),
      (response) => response.status === 404,
      { what: 'the reviews of the deleted product to stop being listed' },
    );
    expect((await app.api.get(`/api/v1/reviews/${first.id}`)).status).toBe(404);
    expect((await addReview(productId, await tokenFor('customer-late'))).status).toBe(404);
    expect((await storedEvents(app, first.id)).at(-1)).toMatchObject({
      type: 'reviews.review-deleted.v1',
      stream_version: 2,
      payload: { reviewId: first.id, productId, authorId: 'customer-alice', deletedBy: 'product-deleted' },
    });
    expect((await storedEvents(app, second.id)).at(-1)).toMatchObject({
      type: 'reviews.review-deleted.v1',
      stream_version: 3,
      payload: { deletedBy: 'product-deleted' },
    });
  });
});

import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { ApiResponse, HttpClient } from '../support/http-client';

export interface ScenarioTokens {
  admin: string;
  bob: string;
  carol: string;
}

/** Where a step left the product's history: its last event's position and time. */
export interface Mark {
  position: string;
  occurredAt: string;
}

interface TimelineItem {
  position: string;
  type: string;
  occurredAt: string;
}

const expectProblem = (response: ApiResponse, status: number) => {
  expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
    status,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
};

/** The product's timeline once it holds `count` events of `type`, and the mark of its last event. */
async function markAfter(api: HttpClient, admin: string, id: string, type: string, count = 1): Promise<Mark> {
  const page = await eventually(
    () => api.get<{ items: TimelineItem[] }>(`/api/v1/products/${id}/timeline`, { token: admin }),
    (response) => response.status === 200 && response.body.items.filter((item) => item.type === type).length >= count,
    { timeoutMs: 30000, intervalMs: 100, what: `${count} × ${type} on the timeline of ${id}` },
  );
  const last = page.body.items.at(-1)!;
  return { position: last.position, occurredAt: last.occurredAt };
}

/**
 * The same history through any deployment (one server, or the gateway in front of a database per
 * service): create a lamp, lower its price, review, rate and reserve it, then read its state between
 * the steps by position and by time, before it existed, with bad input, and after its deletion.
 */
export async function runProductStateScenario(api: HttpClient, who: ScenarioTokens): Promise<void> {
  const state = (id: string, at?: string) =>
    api.get(`/api/v1/products/${id}/state${at === undefined ? '' : `?at=${encodeURIComponent(at)}`}`);
  const beforeCreation = new Date(Date.now() - 1000).toISOString();

  const created = await api.post(
    '/api/v1/products',
    {
      sku: `LAMP-${randomUUID().slice(0, 8)}`,
      name: 'Desk lamp',
      description: 'Warm, dimmable light',
      price: { amount: 2599, currency: 'EUR' },
      initialStock: 5,
    },
    { token: who.admin },
  );
  expect(created.status).toBe(201);
  const id: string = created.body.id;
  const atCreation = await markAfter(api, who.admin, id, 'catalog.product-created.v2');

  expect(
    (await api.patch(`/api/v1/products/${id}`, { price: { amount: 1999, currency: 'EUR' } }, { token: who.admin }))
      .status,
  ).toBe(200);
  const atPriceChange = await markAfter(api, who.admin, id, 'catalog.product-updated.v1');

  const review = await eventually(
    () =>
      api.post(
        `/api/v1/products/${id}/reviews`,
        { title: 'Lovely', body: 'Warm light, solid base' },
        { token: who.bob },
      ),
    (response) => response.status === 201,
    { what: 'the review to be accepted' },
  );
  expect(review.status).toBe(201);
  const atReview = await markAfter(api, who.admin, id, 'reviews.review-added.v1');

  for (const [token, stars] of [
    [who.bob, 4],
    [who.carol, 2],
  ] as const) {
    const rated = await eventually(
      () => api.put(`/api/v1/products/${id}/ratings/me`, { stars }, { token }),
      (response) => response.status === 200,
      { what: 'the rating to be accepted' },
    );
    expect(rated.status).toBe(200);
  }
  const atRatings = await markAfter(api, who.admin, id, 'rating.product-rated.v1', 2);

  const reserved = await eventually(
    () => api.post(`/api/v1/inventory/${id}/reservations`, { quantity: 2 }, { token: who.bob }),
    (response) => response.status === 201,
    { what: 'the reservation to be accepted' },
  );
  expect(reserved.status).toBe(201);
  const atReservation = await markAfter(api, who.admin, id, 'inventory.stock-reserved.v1');

  // Before the product existed: by time, and by the very first position.
  expectProblem(await state(id, beforeCreation), 404);
  expectProblem(await state(id, '0'), 404);
  expectProblem(await state(randomUUID()), 404);

  // Right after creation, by position and by time: the old price, nothing else yet.
  const noRating = { average: 0, count: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } };
  for (const at of [atCreation.position, atCreation.occurredAt]) {
    const first = await state(id, at);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id,
      sku: created.body.sku,
      name: 'Desk lamp',
      description: 'Warm, dimmable light',
      price: { amount: 2599, currency: 'EUR' },
      categories: [],
      version: 1,
      rating: noRating,
      stock: { onHand: 5, reserved: 0, available: 5 },
      reviewCount: 0,
      asOf: { position: expect.any(String), occurredAt: atCreation.occurredAt },
    });
  }

  // Each later step, read at its own mark, shows exactly what that step changed.
  const afterPriceChange = await state(id, atPriceChange.position);
  expect(afterPriceChange.body).toMatchObject({
    price: { amount: 1999 },
    version: 2,
    reviewCount: 0,
    rating: noRating,
  });
  expect((await state(id, atPriceChange.occurredAt)).body).toMatchObject({ price: { amount: 1999 } });

  expect((await state(id, atReview.position)).body).toMatchObject({ reviewCount: 1, rating: { count: 0 } });

  const rated = (await state(id, atRatings.position)).body;
  expect(rated).toMatchObject({
    reviewCount: 1,
    rating: { average: 3, count: 2, histogram: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 } },
    stock: { onHand: 5, reserved: 0, available: 5 },
  });
  expect((await state(id, atRatings.occurredAt)).body.rating).toEqual(rated.rating);

  const now = await state(id);
  expect(now.status).toBe(200);
  expect(now.body).toMatchObject({
    price: { amount: 1999 },
    reviewCount: 1,
    rating: { average: 3, count: 2 },
    stock: { onHand: 5, reserved: 2, available: 3 },
  });
  expect((await state(id, atReservation.position)).body.stock).toEqual({ onHand: 5, reserved: 2, available: 3 });
  expect((await state(id, atReservation.occurredAt)).body.stock).toEqual({ onHand: 5, reserved: 2, available: 3 });

  // Bad input is a 400 naming the parameter.
  for (const at of ['yesterday', '2026-02-30T00:00:00Z', '2026-03-01', '-1']) {
    const refused = await state(id, at);
    expectProblem(refused, 400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'at' })]);
  }
  expectProblem(await api.get('/api/v1/products/not-a-uuid/state'), 400);

  // After deletion: 410 with the last state; earlier points in time still answer.
  expect((await api.delete(`/api/v1/products/${id}`, { token: who.admin })).status).toBe(204);
  await markAfter(api, who.admin, id, 'catalog.product-deleted.v1');
  const gone = await state(id);
  expectProblem(gone, 410);
  expect(gone.body).toMatchObject({
    status: 410,
    code: 'state.deleted',
    deletedAt: { position: expect.any(String), occurredAt: expect.any(String) },
    lastState: {
      id,
      price: { amount: 1999 },
      reviewCount: 1,
      rating: { count: 2 },
      stock: { onHand: 5, reserved: 2, available: 3 },
    },
  });
  expect((await state(id, atPriceChange.position)).body.price.amount).toBe(1999);
  expect((await state(id, atCreation.occurredAt)).body.price.amount).toBe(2599);
}

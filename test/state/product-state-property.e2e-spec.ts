import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { eventually } from '../support/eventually';
import { ApiResponse, HttpClient } from '../support/http-client';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

const HISTORIES = 20;
const SEED = 0x5eed16;

/** mulberry32: a small seeded PRNG, so a failing history can be replayed from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The live read models of a product, in the shape of its reconstructed state. */
async function liveView(api: HttpClient, id: string): Promise<Record<string, unknown>> {
  const [product, rating, stock] = await Promise.all([
    api.get(`/api/v1/products/${id}`),
    api.get(`/api/v1/products/${id}/rating`),
    api.get(`/api/v1/inventory/${id}`),
  ]);
  let reviewCount = 0;
  for (let cursor: string | null = ''; cursor !== null;) {
    const page: ApiResponse<{ items: unknown[]; nextCursor: string | null }> = await api.get(
      `/api/v1/products/${id}/reviews?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    reviewCount += page.body.items.length;
    cursor = page.body.nextCursor;
  }
  const { sku, name, description, price, categories, version } = product.body;
  return {
    id,
    sku,
    name,
    description,
    price,
    categories,
    version,
    rating: { average: rating.body.average, count: rating.body.count, histogram: rating.body.histogram },
    stock: { onHand: stock.body.onHand, reserved: stock.body.reserved, available: stock.body.available },
    reviewCount,
  };
}

/**
 * A property over random histories: whatever customers and admins did, the product's state at "now",
 * rebuilt from stored events, equals what the live read models show once they caught up — the two
 * run the same fold functions.
 */
describe('a product state rebuilt from events equals the live read models (property, random histories)', () => {
  let app: TestApp;
  let admin: string;
  const customers: Array<{ name: string; token: string }> = [];

  beforeAll(async () => {
    app = await startTestApp();
    admin = await tokenFor('admin-1', { admin: true });
    for (const name of ['ann', 'bob', 'cy']) customers.push({ name, token: await tokenFor(name) });
  });

  afterAll(() => app?.close());

  it(`holds for ${HISTORIES} seeded histories`, async () => {
    const random = prng(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const api = app.api;

    for (let history = 0; history < HISTORIES; history += 1) {
      const created = await api.post(
        '/api/v1/products',
        {
          sku: `P-${randomUUID().slice(0, 8)}`,
          name: `Product ${history}`,
          description: 'Random history',
          price: { amount: int(100, 9999), currency: 'EUR' },
          initialStock: int(0, 5),
        },
        { token: admin },
      );
      expect(created.status).toBe(201);
      const id: string = created.body.id;
      // Commands of other modules need the product known there first.
      await eventually(
        async () => [await api.get(`/api/v1/products/${id}/rating`), await api.get(`/api/v1/inventory/${id}`)],
        (answers) => answers.every((answer) => answer.status === 200),
        { what: `product ${id} known to every module` },
      );
      const reviews = new Map<string, string>();
      const steps: string[] = [];
      for (let step = int(6, 14); step > 0; step -= 1) {
        const who = pick(customers);
        const command = pick(['price', 'name', 'review', 'unreview', 'rate', 'unrate', 'reserve', 'restock'] as const);
        steps.push(`${command}:${who.name}`);
        switch (command) {
          case 'price':
          case 'name': {
            const change =
              command === 'price'
                ? { price: { amount: int(100, 9999), currency: 'EUR' } }
                : { name: `Renamed ${int(1, 3)}` };
            expect((await api.patch(`/api/v1/products/${id}`, change, { token: admin })).status).toBe(200);
            break;
          }
          case 'review': {
            const added = await eventually(
              () =>
                api.post(
                  `/api/v1/products/${id}/reviews`,
                  { title: 'Fine', body: 'Does its job' },
                  { token: who.token },
                ),
              (response) => response.status !== 404,
            );
            expect([201, 409]).toContain(added.status);
            if (added.status === 201) reviews.set(who.name, added.body.id);
            break;
          }
          case 'unreview': {
            const reviewId = reviews.get(who.name);
            if (reviewId === undefined) break;
            expect((await api.delete(`/api/v1/reviews/${reviewId}`, { token: who.token })).status).toBe(204);
            reviews.delete(who.name);
            break;
          }
          case 'rate':
            expect(
              (await api.put(`/api/v1/products/${id}/ratings/me`, { stars: int(1, 5) }, { token: who.token })).status,
            ).toBe(200);
            break;
          case 'unrate':
            expect([204, 404]).toContain(
              (await api.delete(`/api/v1/products/${id}/ratings/me`, { token: who.token })).status,
            );
            break;
          case 'reserve': {
            const reserved = await api.post(
              `/api/v1/inventory/${id}/reservations`,
              { quantity: int(1, 3) },
              { token: who.token },
            );
            expect([201, 409]).toContain(reserved.status);
            break;
          }
          case 'restock':
            expect(
              (await api.post(`/api/v1/inventory/${id}/restock`, { quantity: int(1, 3) }, { token: admin })).status,
            ).toBe(200);
            break;
        }
      }
      // The live read models are projections that catch up; the state at now must be exactly what they settle on.
      const what = `history ${history} (${steps.join(' ')}) to agree`;
      const withoutAsOf = ({ asOf, ...rest }: Record<string, unknown>) => rest;
      const [state, live] = await eventually(
        async () => [withoutAsOf((await api.get(`/api/v1/products/${id}/state`)).body), await liveView(api, id)],
        ([rebuilt, read]) => isDeepStrictEqual(rebuilt, read),
        { timeoutMs: 20000, intervalMs: 200, what },
      );
      expect({ history, steps, state }).toEqual({ history, steps, state: live });
    }
  }, 600000);
});

import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

export interface Tokens {
  admin: string;
  alice: string;
  bob: string;
}

export async function tokens(): Promise<Tokens> {
  return {
    admin: await tokenFor('admin-1', { admin: true }),
    alice: await tokenFor('customer-alice'),
    bob: await tokenFor('customer-bob'),
  };
}

/** Creates a catalog product as admin and waits until the reviews module has learnt about it. */
export async function reviewableProduct(app: TestApp, adminToken: string): Promise<string> {
  const sku = `SKU-${randomUUID().slice(0, 8).toUpperCase()}`;
  const created = await app.api.post(
    '/api/v1/products',
    {
      sku,
      name: 'Blue T-shirt',
      description: 'Organic cotton.',
      price: { amount: 1999, currency: 'EUR' },
      initialStock: 5,
    },
    { token: adminToken },
  );
  expect(created.status).toBe(201);
  const productId: string = created.body.id;
  await eventually(
    () => app.api.get(`/api/v1/products/${productId}/reviews`),
    (response) => response.status === 200,
    { what: `product ${productId} to become reviewable` },
  );
  return productId;
}

export const review = (title = 'Great fit', body = 'True to size and soft after washing.') => ({ title, body });

/** Events of one review stream, oldest first, as stored in the event store. */
export function storedEvents(app: TestApp, reviewId: string) {
  return app.query<{ type: string; stream_version: number; payload: Record<string, unknown> }>(
    `SELECT type, stream_version, payload FROM messaging.event_store WHERE stream_id = $1 ORDER BY stream_version`,
    [`reviews.review:${reviewId}`],
  );
}

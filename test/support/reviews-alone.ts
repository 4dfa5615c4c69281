import { randomUUID } from 'node:crypto';
import { eventually } from './eventually';
import { TestApp } from './test-app';
import { tokenFor } from './tokens';

/** A `catalog.product-created.v2` envelope as the catalog service would publish it (for a reviews service alone on its broker user). */
export function productCreatedEnvelope(productId: string, correlationId: string) {
  return {
    eventId: randomUUID(),
    type: 'catalog.product-created.v2',
    streamId: `catalog.product:${productId}`,
    streamVersion: 1,
    occurredAt: new Date().toISOString(),
    correlationId,
    causationId: null,
    actor: 'admin-1',
    payload: {
      productId,
      sku: `USR-${productId.slice(0, 8)}`,
      name: 'Permission lamp',
      description: 'Published by the catalog user',
      price: { amount: 100, currency: 'EUR' },
      initialStock: 1,
      categories: [],
    },
  };
}

/**
 * The reviews service learns the product from the wire (a review of it is accepted), and the wire
 * acknowledges the review-added event it publishes under its own user.
 */
export async function expectReviewRoundTrip(app: TestApp, productId: string, wire: string): Promise<void> {
  const token = await tokenFor('customer-1');
  const added = await eventually(
    () => app.api.post(`/api/v1/products/${productId}/reviews`, { title: 'Allowed', body: 'By permission' }, { token }),
    (response) => response.status !== 404,
    { what: `the reviews module to learn the product over ${wire}` },
  );
  expect(added.status).toBe(201);
  await eventually(
    () =>
      app.query(
        `SELECT published_at FROM messaging.event_store WHERE type = 'reviews.review-added.v1' AND published_at IS NOT NULL`,
      ),
    (rows) => rows.length === 1,
    { what: `review-added to be acknowledged by ${wire} under the reviews user` },
  );
}

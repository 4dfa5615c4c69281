import { randomUUID } from 'node:crypto';
import { rebuildProjection, RebuildOptions, RebuildResult } from '../../src/cli/projections/rebuild-projection';
import { loadAppConfig } from '../../src/load-app-config';
import { ALL_PROJECTIONS } from '../../src/module-registry';
import { deliveryBacklog } from '../faults/support/consistency';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';
import { TEST_JWT_SECRET, tokenFor } from '../support/tokens';

export const PROJECTION_NAMES = ALL_PROJECTIONS.map(({ projection }) => projection.name);

export const tablesOf = (name: string) =>
  ALL_PROJECTIONS.find(({ projection }) => projection.name === name)!.projection.tables;

/** Rebuilds a projection of the test app's database, as `npm run projections -- rebuild` does. */
export function rebuild(app: TestApp, projection: string, extra: Partial<RebuildOptions> = {}): Promise<RebuildResult> {
  return rebuildProjection({
    live: app.running.database.dataSource,
    liveConnection: app.running.database.connection,
    config: loadAppConfig({ DATABASE_URL: app.database.url, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' }),
    projection,
    ...extra,
  });
}

/** Every row of the projection's tables, ordered by primary key, as text so comparisons are exact. */
export async function dump(app: TestApp, projection: string): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of tablesOf(projection)) {
    const rows = await app.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t ORDER BY 1`);
    result[table] = rows.map((row) => row.row);
  }
  return result;
}

/** Waits until every stored event is published and applied by every consumer that should apply it. */
export async function settle(app: TestApp): Promise<void> {
  await eventually(
    () => deliveryBacklog(app.query),
    (backlog) => backlog.unpublished === 0 && backlog.lost.length === 0,
    { what: 'every event delivered', timeoutMs: 60_000 },
  );
}

/** Drives the platform through HTTP like its users would. */
export class Shoppers {
  private constructor(
    private readonly app: TestApp,
    private readonly admin: string,
  ) {}

  static async for(app: TestApp): Promise<Shoppers> {
    return new Shoppers(app, await tokenFor('admin-projections', { admin: true }));
  }

  async createProduct(label: string): Promise<string> {
    const created = await this.app.api.post(
      '/api/v1/products',
      {
        sku: `PRJ-${randomUUID().slice(0, 8)}`.toUpperCase(),
        name: `Projection ${label}`,
        description: `Made to be ${label}`,
        price: { amount: 1500, currency: 'EUR' },
        initialStock: 20,
        // Indexed by search from the creation event alone, so a rebuild must bring them back too.
        categories: ['projection', 'fixture'],
      },
      { token: this.admin },
    );
    if (created.status !== 201) throw new Error(`create product: ${JSON.stringify(created.body)}`);
    return created.body.id;
  }

  async deleteProduct(productId: string): Promise<void> {
    const deleted = await this.app.api.delete(`/api/v1/products/${productId}`, { token: this.admin });
    if (deleted.status !== 204) throw new Error(`delete product: ${deleted.status}`);
  }

  /** Retries until the modules have learnt about the product (they do so from its events). */
  async review(productId: string, user: string, text: string): Promise<string> {
    const token = await tokenFor(user);
    const added = await eventually(
      () =>
        this.app.api.post(`/api/v1/products/${productId}/reviews`, { title: text, body: `${text} body` }, { token }),
      (response) => response.status === 201,
      { what: 'review accepted' },
    );
    return added.body.id;
  }

  async editReview(reviewId: string, user: string, text: string): Promise<void> {
    const edited = await this.app.api.patch(
      `/api/v1/reviews/${reviewId}`,
      { body: text },
      { token: await tokenFor(user) },
    );
    if (edited.status !== 200) throw new Error(`edit review: ${edited.status} ${JSON.stringify(edited.body)}`);
  }

  async rate(productId: string, user: string, stars: number): Promise<void> {
    const token = await tokenFor(user);
    await eventually(
      () => this.app.api.put(`/api/v1/products/${productId}/ratings/me`, { stars }, { token }),
      (response) => response.status === 200,
      { what: 'rating accepted' },
    );
  }

  async reserve(productId: string, quantity: number): Promise<void> {
    const token = await tokenFor('buyer-projections');
    await eventually(
      () => this.app.api.post(`/api/v1/inventory/${productId}/reservations`, { quantity }, { token }),
      (response) => response.status === 201,
      { what: 'reservation accepted' },
    );
  }

  /** A moderate, varied history: products with reviews (some edited), ratings (some changed), reservations, deletions. */
  async seed(products: number): Promise<string[]> {
    const ids = await Promise.all(Array.from({ length: products }, (_, index) => this.createProduct(`item ${index}`)));
    await Promise.all(
      ids.map(async (productId, index) => {
        const reviewId = await this.review(productId, `author-${index % 5}`, `first impressions ${index}`);
        await this.review(productId, `author-${(index + 1) % 5}`, `second opinion ${index}`);
        if (index % 3 === 0) await this.editReview(reviewId, `author-${index % 5}`, `changed my mind ${index}`);
        for (let user = 0; user < 4; user++) await this.rate(productId, `rater-${user}`, ((index + user) % 5) + 1);
        if (index % 4 === 0) await this.rate(productId, 'rater-0', 5);
        await this.reserve(productId, 1 + (index % 3));
      }),
    );
    for (const productId of ids.slice(-2)) await this.deleteProduct(productId);
    await settle(this.app);
    return ids;
  }
}

import { randomUUID } from 'node:crypto';
import { TestApp } from '../support/test-app';

/** Creates a catalog product as admin and returns its id. */
export async function createProduct(
  app: TestApp,
  adminToken: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await app.api.post(
    '/api/v1/products',
    {
      sku: `SKU-${randomUUID().slice(0, 8)}`,
      name: 'Desk lamp',
      description: 'Warm light',
      price: { amount: 2599, currency: 'EUR' },
      initialStock: 5,
      ...overrides,
    },
    { token: adminToken },
  );
  if (created.status !== 201)
    throw new Error(`creating a product answered ${created.status}: ${JSON.stringify(created.body)}`);
  return created.body.id;
}

export interface EventItem {
  position: string;
  eventId: string;
  type: string;
  module: string;
  streamId: string;
  streamVersion: number;
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  actor: string;
  payload: Record<string, unknown>;
  publishedAt: string | null;
}

/** Every event `GET /api/v1/events` serves for `query`, following `nextCursor` to the end. */
export async function readAllEvents(
  app: TestApp,
  token: string,
  query: Record<string, string> = {},
): Promise<EventItem[]> {
  const items: EventItem[] = [];
  let cursor: string | null = null;
  do {
    const params: URLSearchParams = new URLSearchParams({ ...query, ...(cursor ? { cursor } : {}) });
    const page = await app.api.get<{ items: EventItem[]; nextCursor: string | null }>(`/api/v1/events?${params}`, {
      token,
    });
    if (page.status !== 200) throw new Error(`GET /events answered ${page.status}: ${JSON.stringify(page.body)}`);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { createTestBroker, TestBroker } from './test-broker';

describe('the whole application with EVENT_TRANSPORT=rabbitmq', () => {
  let broker: TestBroker;
  let app: TestApp;

  beforeAll(async () => {
    broker = await createTestBroker();
    app = await startTestApp({
      EVENT_TRANSPORT: 'rabbitmq',
      RABBITMQ_URL: broker.url,
      RABBITMQ_PREFIX: broker.newPrefix(),
    });
  });

  afterAll(async () => {
    await app?.close();
    await broker.drop();
  });

  it('carries product-created from catalog to every consuming module over the broker', async () => {
    const created = await app.api.post(
      '/api/v1/products',
      {
        sku: 'RMQ-1',
        name: 'Broker mug',
        description: 'Travels by AMQP',
        price: { amount: 1200, currency: 'EUR' },
        initialStock: 3,
      },
      { token: await tokenFor('admin-1', { admin: true }) },
    );
    expect(created.status).toBe(201);
    const consumers = await eventually(
      async () =>
        (
          await app.query<{ consumer: string }>(
            `SELECT i.consumer FROM messaging.inbox i JOIN messaging.event_store e ON e.event_id = i.event_id
             WHERE e.type = 'catalog.product-created.v2' ORDER BY i.consumer`,
          )
        ).map((row) => row.consumer),
      (names) => names.length >= 6,
      { what: 'the product-created consumers of every module' },
    );
    expect(consumers).toEqual([
      'catalog.open-enrichment',
      'inventory.open-stock',
      'inventory.track-product',
      'rating.track-product',
      'reviews.record-product',
      'search.index-product',
    ]);
    // Consumers record events of their own (inventory opens the stock): those too reach the broker.
    const unpublished = await eventually(
      () => app.query(`SELECT * FROM messaging.event_store WHERE published_at IS NULL`),
      (rows) => rows.length === 0,
      { what: 'every stored event to be published' },
    );
    expect(unpublished).toEqual([]);
  });

  it('reports not ready while the broker connection is down and ready again once it is back', async () => {
    expect((await app.api.get('/health/ready')).status).toBe(200);
    await broker.closeConnections();
    const down = await eventually(
      () => app.api.get('/health/ready'),
      (response) => response.status === 503,
      {
        what: 'readiness to fail',
      },
    );
    expect(JSON.stringify(down.body)).toContain('rabbitmq');
    await eventually(
      () => app.api.get('/health/ready'),
      (response) => response.status === 200,
      { what: 'readiness to recover' },
    );
  });
});

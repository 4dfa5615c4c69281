import { IdempotencyStore } from '../../src/shared/http/idempotency/idempotency.store';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { callers, Callers, productBody, readyProduct, newIdempotencyKey, withIdempotencyKey } from './support/fixtures';

describe('Idempotency-Key expiry', () => {
  let app: TestApp;
  let who: Callers;

  beforeAll(async () => {
    app = await startTestApp({ IDEMPOTENCY_TTL_SECONDS: '1' });
    who = await callers();
  });
  afterAll(() => app?.close());

  it('forgets a key after IDEMPOTENCY_TTL_SECONDS: a later request with it runs again', async () => {
    const productId = await readyProduct(app, who.admin, 5);
    const key = newIdempotencyKey();
    const reserve = () =>
      app.api.post(
        `/api/v1/inventory/${productId}/reservations`,
        { quantity: 1 },
        { token: who.alice, headers: withIdempotencyKey(key) },
      );
    const first = await reserve();
    expect(first.status).toBe(201);
    const later = await eventually(reserve, (response) => response.headers.get('idempotent-replayed') === null, {
      what: 'the key to expire',
    });
    expect(later.status).toBe(201);
    expect(later.body.reservationId).not.toBe(first.body.reservationId);
  });

  it('purges expired keys', async () => {
    await app.api.post('/api/v1/products', productBody(), {
      token: who.admin,
      headers: withIdempotencyKey(newIdempotencyKey()),
    });
    const store = new IdempotencyStore(app.running.database.dataSource, 1);
    await eventually(
      () => app.query(`SELECT 1 FROM messaging.idempotency_keys WHERE expires_at > now()`),
      (rows) => rows.length === 0,
      { what: 'every key to expire' },
    );
    expect(await store.purgeExpired()).toBeGreaterThan(0);
    expect(await app.query(`SELECT * FROM messaging.idempotency_keys`)).toEqual([]);
  });
});

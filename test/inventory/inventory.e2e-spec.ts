import { randomUUID } from 'node:crypto';
import {
  ProductCreatedIntegrationEvent,
  ProductDeletedIntegrationEvent,
  productStreamId,
} from '../../src/modules/catalog/contracts';
import { UnitOfWork } from '../../src/shared/messaging/outbox/unit-of-work';
import { eventually } from '../support/eventually';
import { ApiResponse } from '../support/http-client';
import { TestApp, startTestApp } from '../support/test-app';
import { InventoryDriver, StoredStockEvent } from './inventory-driver';

const PROBLEM_JSON = /^application\/problem\+json/;

const countOf = (events: StoredStockEvent[], type: string) => events.filter((event) => event.type === type).length;

describe('inventory', () => {
  let app: TestApp;
  let inventory: InventoryDriver;

  beforeAll(async () => {
    app = await startTestApp();
    inventory = await InventoryDriver.for(app);
  });

  afterAll(() => app?.close());

  it('opens the stock of a product the catalog creates with its initial stock', async () => {
    const id = await inventory.productWithStock(7);
    const response = await inventory.stockOf(id);
    expect(response.body).toEqual({ productId: id, onHand: 7, available: 7, reserved: 0, views: 0 });
  });

  it('answers 404 for a product inventory does not know and 400 for a malformed id', async () => {
    const unknown = await inventory.stockOf(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect((await inventory.stockOf('not-a-uuid')).status).toBe(400);
    expect((await inventory.reserve(randomUUID(), { quantity: 1 })).status).toBe(404);
    expect((await inventory.restock(randomUUID(), { quantity: 1 })).status).toBe(404);
  });

  it('reserves units for a customer and reports what is left', async () => {
    const id = await inventory.productWithStock(5);
    const response = await inventory.reserve(id, { quantity: 2 });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ reservationId: expect.any(String), productId: id, quantity: 2, available: 3 });
    expect((await inventory.stockOf(id)).body).toMatchObject({ onHand: 5, reserved: 2, available: 3 });
    const [row] = await app.query(`SELECT customer_id, quantity FROM inventory.reservations WHERE id = $1`, [
      response.body.reservationId,
    ]);
    expect(row).toEqual({ customer_id: 'customer-1', quantity: 2 });
  });

  it('lets exactly 10 of 50 concurrent reservations through a stock of 10 and announces out-of-stock once', async () => {
    const id = await inventory.productWithStock(10);
    const responses = await Promise.all(Array.from({ length: 50 }, () => inventory.reserve(id, { quantity: 1 })));

    const accepted = responses.filter((response) => response.status === 201);
    const refused = responses.filter((response) => response.status === 409);
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(refused[0].headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(new Set(refused.map((response) => response.body.code))).toEqual(new Set(['inventory.insufficient-stock']));
    // Each accepted reservation saw the levels the previous one left: 9, 8, ..., 0.
    expect(accepted.map((response) => response.body.available).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect((await inventory.stockOf(id)).body).toMatchObject({ onHand: 10, reserved: 10, available: 0 });

    const events = await inventory.stockEvents(id);
    expect(countOf(events, 'inventory.stock-reserved.v1')).toBe(10);
    expect(countOf(events, 'inventory.out-of-stock.v1')).toBe(1);
    // stock-opened, then 10 reservations and the transition, on contiguous versions.
    expect(events[0]).toMatchObject({ type: 'inventory.stock-opened.v1', payload: { onHand: 10, available: 10 } });
    expect(events.map((event) => event.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(events[11]).toMatchObject({
      type: 'inventory.out-of-stock.v1',
      payload: { productId: id, onHand: 10, available: 0 },
    });
  });

  it('announces back-in-stock once when a restock refills an empty stock, not on a second restock', async () => {
    const id = await inventory.productWithStock(1);
    expect((await inventory.reserve(id, { quantity: 1 })).status).toBe(201);

    const first = await inventory.restock(id, { quantity: 5 });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ productId: id, onHand: 6, reserved: 1, available: 5, views: 0 });
    const second = await inventory.restock(id, { quantity: 2 });
    expect(second.body).toMatchObject({ onHand: 8, available: 7 });

    const events = await inventory.stockEvents(id);
    expect(events.map((event) => event.type)).toEqual([
      'inventory.stock-opened.v1',
      'inventory.stock-reserved.v1',
      'inventory.out-of-stock.v1',
      'inventory.stock-replenished.v1',
      'inventory.back-in-stock.v1',
      'inventory.stock-replenished.v1',
    ]);
    expect(events.map((event) => event.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events[4].payload).toEqual({ productId: id, onHand: 6, available: 5 });
  });

  it('refuses a reservation larger than what is available without changing the stock', async () => {
    const id = await inventory.productWithStock(3);
    const response = await inventory.reserve(id, { quantity: 4 });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ status: 409, code: 'inventory.insufficient-stock' });
    expect((await inventory.stockOf(id)).body).toMatchObject({ onHand: 3, available: 3, reserved: 0 });
    expect((await inventory.stockEvents(id)).map((event) => event.type)).toEqual(['inventory.stock-opened.v1']);
  });

  describe('rejects an invalid quantity with 400 and leaves the stock alone', () => {
    let id: string;
    beforeAll(async () => {
      id = await inventory.productWithStock(2000);
    });

    const expectRejected = async (response: ApiResponse, field: string) => {
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(PROBLEM_JSON);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect((await inventory.stockOf(id)).body).toMatchObject({ onHand: 2000, available: 2000 });
    };

    it.each([
      ['zero', { quantity: 0 }, 'quantity'],
      ['negative', { quantity: -1 }, 'quantity'],
      ['fractional', { quantity: 1.5 }, 'quantity'],
      ['a numeric string', { quantity: '2' }, 'quantity'],
      ['missing', {}, 'quantity'],
      ['above 1000', { quantity: 1001 }, 'quantity'],
      ['with an unknown field', { quantity: 1, coupon: 'FREE' }, 'coupon'],
    ])('reservation: %s', async (_, body, field) => {
      await expectRejected(await inventory.reserve(id, body), field);
    });

    it.each([
      ['zero', { quantity: 0 }, 'quantity'],
      ['fractional', { quantity: 2.5 }, 'quantity'],
      ['above 1,000,000', { quantity: 1_000_001 }, 'quantity'],
      ['with an unknown field', { quantity: 1, warehouse: 'B' }, 'warehouse'],
    ])('restock: %s', async (_, body, field) => {
      await expectRejected(await inventory.restock(id, body), field);
    });
  });

  it('requires a token to reserve, and the admin role to restock', async () => {
    const id = await inventory.productWithStock(4);
    const anonymousReservation = await app.api.post(`/api/v1/inventory/${id}/reservations`, { quantity: 1 });
    expect(anonymousReservation.status).toBe(401);
    expect((await app.api.post(`/api/v1/inventory/${id}/restock`, { quantity: 1 })).status).toBe(401);
    const byCustomer = await inventory.restock(id, { quantity: 1 }, inventory.customer);
    expect(byCustomer.status).toBe(403);
    expect(byCustomer.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect((await inventory.stockOf(id)).body).toMatchObject({ onHand: 4, available: 4 });
  });

  it('stops reserving and restocking a product once the catalog deletes it', async () => {
    const id = await inventory.productWithStock(5);
    expect((await app.api.delete(`/api/v1/products/${id}`, { token: inventory.admin })).status).toBe(204);
    await eventually(
      () => inventory.stockOf(id),
      (response) => response.status === 404,
      { what: 'stock to disappear' },
    );

    const reservation = await inventory.reserve(id, { quantity: 1 });
    expect(reservation.status).toBe(404);
    expect(reservation.body.code).toBe('inventory.product-not-found');
    expect((await inventory.restock(id, { quantity: 1 })).status).toBe(404);
  });

  it('keeps a product deleted when its creation arrives after its deletion', async () => {
    const id = randomUUID();
    const unitOfWork = app.running.app.get(UnitOfWork);
    // Committed (and so relayed) in this order: the consumer sees the deletion first.
    await unitOfWork.run(async (tx) => {
      tx.record(ProductDeletedIntegrationEvent, {
        streamId: productStreamId(id),
        streamVersion: 2,
        payload: { productId: id, sku: 'LATE-1' },
      });
    });
    await unitOfWork.run(async (tx) => {
      tx.record(ProductCreatedIntegrationEvent, {
        streamId: productStreamId(id),
        streamVersion: 1,
        payload: {
          productId: id,
          sku: 'LATE-1',
          name: 'Late',
          description: '',
          price: { amount: 100, currency: 'EUR' },
          initialStock: 9,
        },
      });
    });
    await eventually(
      () =>
        app.query(
          `SELECT count(*)::int AS n FROM messaging.inbox WHERE consumer = 'inventory.open-stock'
        AND event_id IN (SELECT event_id FROM messaging.event_store WHERE stream_id = $1)`,
          [productStreamId(id)],
        ),
      ([row]) => row.n === 1,
      { what: 'inventory to apply the late creation' },
    );
    expect((await inventory.stockOf(id)).status).toBe(404);
    expect((await inventory.reserve(id, { quantity: 1 })).status).toBe(404);
  });

  it('counts product page views as demand without ever changing stock', async () => {
    const id = await inventory.productWithStock(5);
    for (let view = 0; view < 3; view++) expect((await app.api.get(`/api/v1/products/${id}`)).status).toBe(200);

    // The catalog publishes views in batches about once a second.
    const stock = await eventually(
      () => inventory.stockOf(id),
      (response) => response.body.views === 3,
      { what: '3 views' },
    );
    expect(stock.body).toEqual({ productId: id, onHand: 5, available: 5, reserved: 0, views: 3 });
    expect((await inventory.stockEvents(id)).map((event) => event.type)).toEqual(['inventory.stock-opened.v1']);
  });
});

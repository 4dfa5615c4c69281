import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { STOCK_CHANGE_ATTEMPTS, stockRetry } from '../../src/modules/inventory/commands/stock-retry';
import { InsufficientStockError } from '../../src/modules/inventory/domain/inventory.errors';
import { reserve } from '../../src/modules/inventory/domain/stock';
import { StockRepository } from '../../src/modules/inventory/infrastructure/stock.repository';
import { StockReservedIntegrationEvent, stockStreamId } from '../../src/modules/inventory/contracts';
import {
  isStreamVersionConflict,
  retryOnStreamConflict,
} from '../../src/shared/messaging/outbox/stream-version-conflict';
import { UnitOfWork } from '../../src/shared/messaging/outbox/unit-of-work';
import { foldStock } from '../../src/modules/inventory/domain/stock-fold';
import { decodeStockEvent } from '../../src/modules/inventory/infrastructure/stock-event.codec';
import { StockStreamRepository } from '../../src/modules/inventory/infrastructure/stock-stream.repository';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { InventoryDriver } from './inventory-driver';

const SNAPSHOT_EVERY = 3;

/**
 * The stock as an event-sourced aggregate under concurrency: no lock is taken to decide, appends
 * race on the stream version, losers decide again. Snapshots every 3 events, so loads start from
 * one mid-stream and must agree with a fold of the whole stream.
 */
describe('event-sourced stock', () => {
  let app: TestApp;
  let inventory: InventoryDriver;

  beforeAll(async () => {
    app = await startTestApp({ INVENTORY_SNAPSHOT_EVERY: String(SNAPSHOT_EVERY) });
    inventory = await InventoryDriver.for(app);
  });

  afterAll(() => app?.close());

  /** What loading answers (snapshot + events after it), what folding the whole stream answers, and the read model. */
  async function threeWays(productId: string) {
    const dataSource = app.running.app.get(DataSource);
    const loaded = await app.running.app.get(StockStreamRepository).load(dataSource.manager, productId);
    const stream = await inventory.stockEvents(productId);
    const folded = foldStock(
      productId,
      stream.map((event) => decodeStockEvent(productId, event)),
    );
    const [row] = await app.query(
      `SELECT product_id AS "productId", on_hand AS "onHand", reserved, deleted, version FROM inventory.stock
       WHERE product_id = $1`,
      [productId],
    );
    const [snapshot] = await app.query(`SELECT version FROM inventory.stock_snapshots WHERE product_id = $1`, [
      productId,
    ]);
    return { loaded, folded, row, stream, snapshotVersion: snapshot?.version as number | undefined };
  }

  it('lets exactly K of N parallel reservations through, refuses the rest with 409, versions contiguous', async () => {
    const K = 7;
    const N = 40;
    const id = await inventory.productWithStock(K);
    const customers = await Promise.all(Array.from({ length: N }, (_, index) => tokenFor(`customer-${index}`)));

    const responses = await Promise.all(customers.map((token) => inventory.reserve(id, { quantity: 1 }, token)));

    const accepted = responses.filter((response) => response.status === 201);
    const refused = responses.filter((response) => response.status === 409);
    expect(accepted).toHaveLength(K);
    expect(refused).toHaveLength(N - K);
    expect(new Set(refused.map((response) => response.body.code))).toEqual(new Set(['inventory.insufficient-stock']));
    expect(accepted.map((response) => response.body.available).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    const { loaded, folded, row, stream, snapshotVersion } = await threeWays(id);
    // stock-opened, K reservations, out-of-stock.
    expect(stream.map((event) => event.version)).toEqual(Array.from({ length: K + 2 }, (_, index) => index + 1));
    expect(stream.every((event) => Number(event.payload.available) >= 0)).toBe(true);
    expect(loaded).toEqual({ productId: id, onHand: K, reserved: K, deleted: false, version: K + 2 });
    expect(folded).toEqual(loaded);
    expect(row).toEqual(loaded);
    expect(snapshotVersion).toBe(K + 2);
    expect(
      await app.query(`SELECT count(*)::int AS n FROM inventory.reservations WHERE product_id = $1`, [id]),
    ).toEqual([{ n: K }]);
  });

  it('keeps every level whole under mixed parallel reservations and restocks; reload equals the fold from scratch', async () => {
    const id = await inventory.productWithStock(10);
    // Fewer requests than retry attempts: a request loses once per competing commit, so none can run out.
    const customers = await Promise.all(
      Array.from({ length: STOCK_CHANGE_ATTEMPTS - 2 }, (_, index) => tokenFor(`buyer-${index}`)),
    );
    const requests = customers.map((token, index) =>
      index % 6 === 5
        ? inventory.restock(id, { quantity: 3 })
        : inventory.reserve(id, { quantity: 1 + (index % 3) }, token),
    );
    const responses = await Promise.all(requests);
    expect(responses.every((response) => [200, 201, 409].includes(response.status))).toBe(true);
    const refusedCodes = new Set(responses.filter((r) => r.status === 409).map((r) => r.body.code));
    expect([...refusedCodes].every((code) => code === 'inventory.insufficient-stock')).toBe(true);

    const restocked = responses.filter((response) => response.status === 200).length;
    const reservedUnits = responses
      .filter((response) => response.status === 201)
      .reduce((sum, response) => sum + response.body.quantity, 0);
    const { loaded, folded, row, stream, snapshotVersion } = await threeWays(id);
    expect(restocked).toBe(customers.filter((_, index) => index % 6 === 5).length);
    expect(loaded).toEqual({
      productId: id,
      onHand: 10 + 3 * restocked,
      reserved: reservedUnits,
      deleted: false,
      version: stream.length,
    });
    expect(folded).toEqual(loaded);
    expect(row).toEqual(loaded);
    expect(stream.map((event) => event.version)).toEqual(stream.map((_, index) => index + 1));
    expect(stream.every((event) => Number(event.payload.available) >= 0)).toBe(true);
    // The latest snapshot is the last multiple of 3 an append passed: at most 2 events from the end.
    expect(snapshotVersion).toBeGreaterThan(stream.length - SNAPSHOT_EVERY);
  });

  it('folds a deletion into the stream: the stock is gone, its last levels kept by the tombstone', async () => {
    const id = await inventory.productWithStock(4);
    expect((await inventory.reserve(id, { quantity: 1 })).status).toBe(201);
    const deleted = await app.api.delete(`/api/v1/products/${id}`, { token: inventory.admin });
    expect(deleted.status).toBe(204);
    await eventually(
      () => inventory.stockOf(id),
      (response) => response.status === 404,
      { what: 'inventory to close the stock' },
    );

    const { loaded, folded, stream } = await threeWays(id);
    expect(stream.map((event) => event.type).at(-1)).toBe('inventory.stock-closed.v1');
    expect(loaded).toEqual({ productId: id, onHand: 4, reserved: 1, deleted: true, version: stream.length });
    expect(folded).toEqual(loaded);
    expect((await inventory.reserve(id, { quantity: 1 })).status).toBe(404);
  });

  describe('without the in-process line-up, as writers in different processes race', () => {
    const parts = () => ({
      unitOfWork: app.running.app.get(UnitOfWork),
      stream: app.running.app.get(StockStreamRepository),
      stocks: app.running.app.get(StockRepository),
    });

    /** The reservation command's transaction, minus `StreamWriters`: what two instances of the service do. */
    const reserveOnce = (productId: string, customerId: string) => {
      const { unitOfWork, stream, stocks } = parts();
      return unitOfWork.run(async (tx) => {
        const change = reserve(await stream.load(tx.manager, productId), productId, {
          id: randomUUID(),
          customerId,
          quantity: 1,
        });
        await stream.append(tx, change);
        await stocks.insertReservation(tx.manager, change.reservation);
        return change.stock;
      });
    };

    it('refuses the second of two appends decided on the same version, and the event store backs it', async () => {
      const id = await inventory.productWithStock(5);
      const { unitOfWork, stream } = parts();
      const dataSource = app.running.app.get(DataSource);
      const stale = await stream.load(dataSource.manager, id);
      const first = reserve(stale, id, { id: randomUUID(), customerId: 'a', quantity: 1 });
      const second = reserve(stale, id, { id: randomUUID(), customerId: 'b', quantity: 1 });
      await unitOfWork.run((tx) => stream.append(tx, first));

      const refused = await unitOfWork.run((tx) => stream.append(tx, second)).catch((error: unknown) => error);
      expect(isStreamVersionConflict(refused)).toBe(true);
      // Even past the read model's guard, the unique (stream, version) refuses a second event at a version.
      const duplicate = await unitOfWork
        .run(async (tx) => {
          tx.record(StockReservedIntegrationEvent, {
            streamId: stockStreamId(id),
            streamVersion: first.stock.version,
            payload: {
              productId: id,
              onHand: 5,
              available: 3,
              reservationId: randomUUID(),
              customerId: 'c',
              quantity: 1,
            },
          });
        })
        .catch((error: unknown) => error);
      expect(isStreamVersionConflict(duplicate)).toBe(true);
      expect((await threeWays(id)).loaded).toMatchObject({ reserved: 1, version: 2 });
    });

    it('lets exactly K of N racing reservations through by retrying the losers on the new version', async () => {
      const K = 6;
      const N = STOCK_CHANGE_ATTEMPTS - 5;
      const id = await inventory.productWithStock(K);
      const outcomes = await Promise.allSettled(
        Array.from({ length: N }, (_, index) =>
          retryOnStreamConflict(() => reserveOnce(id, `racer-${index}`), stockRetry(id)),
        ),
      );
      const accepted = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
      expect(accepted).toHaveLength(K);
      expect(refused).toHaveLength(N - K);
      expect(refused.every((error) => error instanceof InsufficientStockError)).toBe(true);
      const { loaded, folded, row, stream } = await threeWays(id);
      expect(stream.map((event) => event.version)).toEqual(stream.map((_, index) => index + 1));
      expect(loaded).toEqual({ productId: id, onHand: K, reserved: K, deleted: false, version: K + 2 });
      expect(folded).toEqual(loaded);
      expect(row).toEqual(loaded);
    });
  });

  it('continues a stream written before stock was event-sourced from the snapshot the migration wrote', async () => {
    // Before: a stock row at version 2 (a reservation and its out-of-stock) and no stock-opened event.
    const id = randomUUID();
    await app.query(
      `INSERT INTO inventory.stock (product_id, on_hand, reserved, views, deleted, version) VALUES ($1, 3, 3, 0, false, 2)`,
      [id],
    );
    // What the migration does for every existing row.
    await app.query(
      `INSERT INTO inventory.stock_snapshots (product_id, version, on_hand, reserved, deleted)
       SELECT product_id, version, on_hand, reserved, deleted FROM inventory.stock WHERE product_id = $1`,
      [id],
    );

    const restocked = await inventory.restock(id, { quantity: 2 });
    expect(restocked.body).toEqual({ productId: id, onHand: 5, reserved: 3, available: 2, views: 0 });
    const { loaded, row, stream } = await threeWays(id);
    expect(stream.map((event) => [event.version, event.type])).toEqual([
      [3, 'inventory.stock-replenished.v1'],
      [4, 'inventory.back-in-stock.v1'],
    ]);
    expect(loaded).toEqual({ productId: id, onHand: 5, reserved: 3, deleted: false, version: 4 });
    expect(row).toEqual(loaded);
  });
});

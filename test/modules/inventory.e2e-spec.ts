import { randomUUID } from 'node:crypto';
import { ProductDetailViewedIntegrationEvent } from '../../src/modules/catalog/contracts';
import { ReserveStockCommand } from '../../src/modules/inventory/commands/reserve-stock/reserve-stock.command';
import { ReservationView } from '../../src/modules/inventory/queries/reservation.view';
import { RestockCommand } from '../../src/modules/inventory/commands/restock/restock.command';
import {
  BackInStockIntegrationEvent,
  OutOfStockIntegrationEvent,
  StockClosedIntegrationEvent,
  StockOpenedIntegrationEvent,
  StockReplenishedIntegrationEvent,
  StockReservedIntegrationEvent,
  stockStreamId,
} from '../../src/modules/inventory/contracts';
import {
  InsufficientStockError,
  InvalidQuantityError,
  StockNotFoundError,
} from '../../src/modules/inventory/domain/inventory.errors';
import { GetStockQuery } from '../../src/modules/inventory/queries/get-stock/get-stock.query';
import { StockView } from '../../src/modules/inventory/queries/stock.view';
import { ModuleHarness, eventOf, incoming } from '../support/module-harness';
import { knownProduct, productCreated, productDeleted } from './incoming-events';

const ADMIN = 'admin-1';
const ALICE = 'customer-alice';

/** Inventory alone: reservations and restocks are its commands; catalog's product events and views arrive as events. */
describe('inventory module', () => {
  let inventory: ModuleHarness;

  beforeAll(async () => {
    inventory = await ModuleHarness.start('inventory');
  });

  afterAll(() => inventory.close());

  const reserve = (productId: string, quantity: number, customer = ALICE) =>
    inventory.send<ReservationView>(new ReserveStockCommand(productId, customer, quantity), { actor: customer });

  const restock = (productId: string, quantity: number) =>
    inventory.send(new RestockCommand(productId, quantity), { actor: ADMIN });

  const stock = (productId: string) => inventory.query<StockView>(new GetStockQuery(productId));

  const viewed = (productId: string, views: number) =>
    incoming(ProductDetailViewedIntegrationEvent, {
      streamId: `catalog.product-views:${productId}`,
      streamVersion: 1,
      payload: { productId, views, windowStartedAt: new Date().toISOString(), windowEndedAt: new Date().toISOString() },
    });

  describe('on catalog.product-created', () => {
    it('opens the stock with the initial units: stock-opened starts its stream', async () => {
      const productId = randomUUID();

      await inventory.receive(productCreated(productId, { initialStock: 4 }));

      await inventory.expectRecorded(
        eventOf(StockOpenedIntegrationEvent, {
          streamId: stockStreamId(productId),
          streamVersion: 1,
          payload: { productId, onHand: 4, available: 4 },
        }),
      );
      expect(await stock(productId)).toEqual({ productId, onHand: 4, available: 4, reserved: 0, views: 0 });
    });

    it('records nothing new and keeps the stock as it is when the creation is delivered again', async () => {
      const productId = randomUUID();
      const creation = productCreated(productId, { initialStock: 4 });
      await inventory.receive(creation);
      await reserve(productId, 1);

      await inventory.receive(creation);

      await inventory.expectRecorded();
      expect(await stock(productId)).toMatchObject({ onHand: 4, available: 3 });
    });
  });

  describe('reserve stock', () => {
    it('records stock-reserved with the levels after it', async () => {
      const productId = await knownProduct(inventory, { initialStock: 3 });

      const reservation = await reserve(productId, 2);

      await inventory.expectRecorded(
        eventOf(StockReservedIntegrationEvent, {
          streamId: stockStreamId(productId),
          streamVersion: 2,
          causationId: null,
          actor: ALICE,
          payload: {
            productId,
            onHand: 3,
            available: 1,
            reservationId: reservation.reservationId,
            customerId: ALICE,
            quantity: 2,
          },
        }),
      );
      expect(await stock(productId)).toMatchObject({ onHand: 3, available: 1, reserved: 2 });
    });

    it('records stock-reserved then out-of-stock when the last unit is reserved', async () => {
      const productId = await knownProduct(inventory, { initialStock: 2 });
      await reserve(productId, 1);

      const reservation = await reserve(productId, 1, 'customer-bob');

      await inventory.expectRecorded(
        eventOf(StockReservedIntegrationEvent, {
          streamVersion: 3,
          payload: {
            productId,
            onHand: 2,
            available: 0,
            reservationId: reservation.reservationId,
            customerId: 'customer-bob',
            quantity: 1,
          },
        }),
        eventOf(OutOfStockIntegrationEvent, {
          streamId: stockStreamId(productId),
          streamVersion: 4,
          actor: 'customer-bob',
          payload: { productId, onHand: 2, available: 0 },
        }),
      );
    });

    it('refuses more units than are available, never going negative, and records nothing', async () => {
      const productId = await knownProduct(inventory, { initialStock: 2 });

      await expect(reserve(productId, 3)).rejects.toThrow(InsufficientStockError);
      await inventory.expectRecorded();
      await expect(reserve(productId, 0)).rejects.toThrow(InvalidQuantityError);
      await inventory.expectRecorded();
      expect(await stock(productId)).toMatchObject({ available: 2, reserved: 0 });
    });

    it('refuses a product it does not know, and records nothing', async () => {
      await expect(reserve(randomUUID(), 1)).rejects.toThrow(StockNotFoundError);
      await inventory.expectRecorded();
    });
  });

  describe('restock', () => {
    it('records stock-replenished alone while the product is in stock', async () => {
      const productId = await knownProduct(inventory, { initialStock: 1 });

      await restock(productId, 5);

      await inventory.expectRecorded(
        eventOf(StockReplenishedIntegrationEvent, {
          streamId: stockStreamId(productId),
          streamVersion: 2,
          actor: ADMIN,
          payload: { productId, onHand: 6, available: 6, quantity: 5 },
        }),
      );
    });

    it('records stock-replenished then back-in-stock when the product was out of stock', async () => {
      const productId = await knownProduct(inventory, { initialStock: 0 });

      await restock(productId, 3);

      await inventory.expectRecorded(
        eventOf(StockReplenishedIntegrationEvent, {
          streamVersion: 2,
          payload: { productId, onHand: 3, available: 3, quantity: 3 },
        }),
        eventOf(BackInStockIntegrationEvent, {
          streamId: stockStreamId(productId),
          streamVersion: 3,
          payload: { productId, onHand: 3, available: 3 },
        }),
      );
    });
  });

  describe('on catalog.product-deleted', () => {
    it('closes the stream with stock-closed, and the stock can no longer be read, reserved or restocked', async () => {
      const productId = await knownProduct(inventory, { initialStock: 5 });

      await inventory.receive(productDeleted(productId));

      await inventory.expectRecorded(
        eventOf(StockClosedIntegrationEvent, {
          streamId: stockStreamId(productId),
          streamVersion: 2,
          payload: { productId, onHand: 5, available: 5 },
        }),
      );
      await expect(stock(productId)).rejects.toThrow(StockNotFoundError);
      await expect(reserve(productId, 1)).rejects.toThrow(StockNotFoundError);
      await expect(restock(productId, 1)).rejects.toThrow(StockNotFoundError);
      await inventory.expectRecorded();
    });

    it('keeps the product deleted when its creation arrives after its deletion', async () => {
      const productId = randomUUID();
      await inventory.receive(productDeleted(productId));
      await inventory.expectRecorded(
        eventOf(StockClosedIntegrationEvent, { streamVersion: 1, payload: { productId, onHand: 0, available: 0 } }),
      );

      await inventory.receive(productCreated(productId));

      await inventory.expectRecorded();
      await expect(stock(productId)).rejects.toThrow(StockNotFoundError);
      expect(await inventory.sql(`SELECT deleted FROM inventory.products WHERE product_id = $1`, [productId])).toEqual([
        { deleted: true },
      ]);
    });
  });

  describe('on catalog.product-detail-viewed', () => {
    it('counts the views as demand, never touching the stock, and records nothing', async () => {
      const productId = await knownProduct(inventory, { initialStock: 2 });

      await inventory.receive(viewed(productId, 3));
      await inventory.receive(viewed(productId, 2));

      await inventory.expectRecorded();
      expect(await stock(productId)).toEqual({ productId, onHand: 2, available: 2, reserved: 0, views: 5 });
    });

    it('does not count a batch of views twice when it is delivered again', async () => {
      const productId = await knownProduct(inventory, { initialStock: 2 });
      const batch = viewed(productId, 3);
      await inventory.receive(batch);

      await inventory.receive(batch);

      await inventory.expectRecorded();
      expect((await stock(productId)).views).toBe(3);
    });
  });
});

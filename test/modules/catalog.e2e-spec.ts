import { randomUUID } from 'node:crypto';
import { CreateProductCommand } from '../../src/modules/catalog/commands/create-product/create-product.command';
import { DeleteProductCommand } from '../../src/modules/catalog/commands/delete-product/delete-product.command';
import { UpdateProductCommand } from '../../src/modules/catalog/commands/update-product/update-product.command';
import {
  ProductCreatedV2IntegrationEvent,
  ProductDeletedIntegrationEvent,
  ProductUpdatedIntegrationEvent,
  productStreamId,
} from '../../src/modules/catalog/contracts';
import {
  DuplicateSkuError,
  InvalidProductError,
  ProductNotFoundError,
  StaleProductVersionError,
} from '../../src/modules/catalog/domain/catalog.errors';
import { NewProduct } from '../../src/modules/catalog/domain/product';
import { GetProductQuery } from '../../src/modules/catalog/queries/get-product/get-product.query';
import { ProductView } from '../../src/modules/catalog/queries/product.view';
import {
  BackInStockIntegrationEvent,
  OutOfStockIntegrationEvent,
  StockLevels,
  StockReplenishedIntegrationEvent,
  StockReservedIntegrationEvent,
} from '../../src/modules/inventory/contracts';
import { EventEnvelope } from '../../src/shared/messaging/integration-event';
import { ModuleHarness, eventOf } from '../support/module-harness';
import { ratingRecalculated, stockEvent } from './incoming-events';

const ADMIN = 'admin-1';

/** The catalog alone: products are its commands; rating summaries and stock levels arrive as events. */
describe('catalog module', () => {
  let catalog: ModuleHarness;

  beforeAll(async () => {
    catalog = await ModuleHarness.start('catalog');
  });

  afterAll(() => catalog.close());

  const newProduct = (product: Partial<NewProduct> = {}): NewProduct => ({
    sku: `lamp-${randomUUID().slice(0, 8)}`,
    name: 'Desk lamp',
    description: 'Warm light for late reading.',
    price: { amount: 4999, currency: 'EUR' },
    initialStock: 3,
    categories: ['lighting'],
    ...product,
  });

  const create = (product: Partial<NewProduct> = {}) =>
    catalog.send<ProductView>(new CreateProductCommand(newProduct(product)), { actor: ADMIN });

  const view = (productId: string) => catalog.query<ProductView>(new GetProductQuery(productId));

  describe('create product', () => {
    it('records product-created v2 with the normalised product, and opens its enrichment from it', async () => {
      const product = await create({ sku: ' lamp-a1 ', name: '  Desk lamp ', initialStock: 3 });

      await catalog.expectRecorded(
        eventOf(ProductCreatedV2IntegrationEvent, {
          streamId: productStreamId(product.id),
          streamVersion: 1,
          causationId: null,
          actor: ADMIN,
          payload: {
            productId: product.id,
            sku: 'LAMP-A1',
            name: 'Desk lamp',
            description: 'Warm light for late reading.',
            price: { amount: 4999, currency: 'EUR' },
            initialStock: 3,
            categories: ['lighting'],
          },
        }),
      );
      // Catalog's own consumer of product-created has run by the time the command settled.
      expect(
        await catalog.sql(`SELECT available, in_stock FROM catalog.product_enrichment WHERE product_id = $1`, [
          product.id,
        ]),
      ).toEqual([{ available: 3, in_stock: true }]);
      expect(await view(product.id)).toMatchObject({
        sku: 'LAMP-A1',
        version: 1,
        rating: { average: 0, count: 0 },
        availability: { inStock: true, available: 3 },
      });
    });

    it('refuses a SKU that is taken (whatever its case) and records nothing', async () => {
      const { sku } = await create();

      await expect(create({ sku: sku.toLowerCase() })).rejects.toThrow(DuplicateSkuError);
      await catalog.expectRecorded();
    });

    it('refuses an invalid product and records nothing', async () => {
      await expect(create({ price: { amount: 100, currency: 'XXX' } })).rejects.toThrow(InvalidProductError);
      await catalog.expectRecorded();
    });
  });

  describe('update product', () => {
    it('records product-updated with the full snapshot at the next version', async () => {
      const product = await create();

      await catalog.send(new UpdateProductCommand(product.id, { price: { amount: 3999, currency: 'EUR' } }, 1), {
        actor: ADMIN,
      });

      await catalog.expectRecorded(
        eventOf(ProductUpdatedIntegrationEvent, {
          streamId: productStreamId(product.id),
          streamVersion: 2,
          actor: ADMIN,
          payload: {
            productId: product.id,
            sku: product.sku,
            name: 'Desk lamp',
            description: 'Warm light for late reading.',
            price: { amount: 3999, currency: 'EUR' },
            version: 2,
          },
        }),
      );
      expect(await view(product.id)).toMatchObject({ version: 2, price: { amount: 3999, currency: 'EUR' } });
    });

    it('records nothing for a change that changes nothing', async () => {
      const product = await create();

      await catalog.send(new UpdateProductCommand(product.id, { name: ` ${product.name} ` }), { actor: ADMIN });

      await catalog.expectRecorded();
      expect((await view(product.id)).version).toBe(1);
    });

    it('refuses a stale expected version and records nothing', async () => {
      const product = await create();
      await catalog.send(new UpdateProductCommand(product.id, { name: 'Reading lamp' }), { actor: ADMIN });

      await expect(
        catalog.send(new UpdateProductCommand(product.id, { name: 'Floor lamp' }, 1), { actor: ADMIN }),
      ).rejects.toThrow(StaleProductVersionError);
      await catalog.expectRecorded();
      expect((await view(product.id)).name).toBe('Reading lamp');
    });

    it('refuses an unknown product and records nothing', async () => {
      await expect(
        catalog.send(new UpdateProductCommand(randomUUID(), { name: 'Ghost' }), { actor: ADMIN }),
      ).rejects.toThrow(ProductNotFoundError);
      await catalog.expectRecorded();
    });
  });

  describe('delete product', () => {
    it('records product-deleted as the last event of the stream, and the product is gone', async () => {
      const product = await create();
      await catalog.send(new UpdateProductCommand(product.id, { name: 'Reading lamp' }), { actor: ADMIN });

      await catalog.send(new DeleteProductCommand(product.id, 2), { actor: ADMIN });

      await catalog.expectRecorded(
        eventOf(ProductDeletedIntegrationEvent, {
          streamId: productStreamId(product.id),
          streamVersion: 3,
          actor: ADMIN,
          payload: { productId: product.id, sku: product.sku },
        }),
      );
      await expect(view(product.id)).rejects.toThrow(ProductNotFoundError);
    });

    it('refuses a stale expected version or an unknown product and records nothing', async () => {
      const product = await create();

      await expect(catalog.send(new DeleteProductCommand(product.id, 2), { actor: ADMIN })).rejects.toThrow(
        StaleProductVersionError,
      );
      await catalog.expectRecorded();
      await expect(catalog.send(new DeleteProductCommand(randomUUID()), { actor: ADMIN })).rejects.toThrow(
        ProductNotFoundError,
      );
      await catalog.expectRecorded();
      expect((await view(product.id)).version).toBe(1);
    });
  });

  describe('on rating.product-rating-recalculated', () => {
    it('records nothing and shows the new average and count', async () => {
      const product = await create();

      await catalog.receive(ratingRecalculated(product.id, 1, { 4: 1, 5: 1 }));

      await catalog.expectRecorded();
      expect((await view(product.id)).rating).toEqual({ average: 4.5, count: 2 });
    });

    it('keeps the newer summary when an older one arrives late', async () => {
      const product = await create();
      await catalog.receive(ratingRecalculated(product.id, 2, { 5: 2 }));

      await catalog.receive(ratingRecalculated(product.id, 1, { 1: 1 }));

      await catalog.expectRecorded();
      expect((await view(product.id)).rating).toEqual({ average: 5, count: 2 });
    });
  });

  describe('on inventory stock events', () => {
    /** Hands the catalog one stock event; it records nothing, and the product then shows this availability. */
    async function availabilityAfter(event: EventEnvelope<StockLevels>): Promise<ProductView['availability']> {
      await catalog.receive(event);
      await catalog.expectRecorded();
      return (await view(event.payload.productId)).availability;
    }

    const reservation = (customerId: string, quantity: number) => ({
      reservationId: randomUUID(),
      customerId,
      quantity,
    });

    it('stock-reserved and stock-replenished set the available units', async () => {
      const { id: productId } = await create({ initialStock: 3 });

      expect(
        await availabilityAfter(
          stockEvent(StockReservedIntegrationEvent, 1, {
            productId,
            onHand: 3,
            available: 1,
            ...reservation('customer-alice', 2),
          }),
        ),
      ).toEqual({ inStock: true, available: 1 });
      expect(
        await availabilityAfter(
          stockEvent(StockReplenishedIntegrationEvent, 2, { productId, onHand: 7, available: 5, quantity: 4 }),
        ),
      ).toEqual({ inStock: true, available: 5 });
    });

    it('out-of-stock takes the product out of stock and back-in-stock puts it back', async () => {
      const { id: productId } = await create({ initialStock: 1 });

      expect(
        await availabilityAfter(stockEvent(OutOfStockIntegrationEvent, 2, { productId, onHand: 1, available: 0 })),
      ).toEqual({ inStock: false, available: 0 });
      expect(
        await availabilityAfter(stockEvent(BackInStockIntegrationEvent, 4, { productId, onHand: 4, available: 3 })),
      ).toEqual({ inStock: true, available: 3 });
    });

    it('ignores stock levels older than the ones shown', async () => {
      const { id: productId } = await create({ initialStock: 1 });
      await catalog.receive(stockEvent(BackInStockIntegrationEvent, 4, { productId, onHand: 4, available: 3 }));

      expect(
        await availabilityAfter(
          stockEvent(StockReservedIntegrationEvent, 1, {
            productId,
            onHand: 1,
            available: 0,
            ...reservation('customer-bob', 1),
          }),
        ),
      ).toEqual({ inStock: true, available: 3 });
    });
  });
});

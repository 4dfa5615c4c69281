import { randomUUID } from 'node:crypto';
import { ReserveStockCommand } from '../../src/modules/inventory/commands/reserve-stock/reserve-stock.command';
import { OutOfStockIntegrationEvent, StockReservedIntegrationEvent } from '../../src/modules/inventory/contracts';
import { MODULE_NAMES } from '../../src/module-registry';
import { ModuleHarness, eventOf } from '../support/module-harness';
import { knownProduct, productCreated, productDeleted, productUpdated } from './incoming-events';

/** The harness the module tests stand on: it must host one module alone and be able to fail. */
describe('module harness', () => {
  let inventory: ModuleHarness;

  beforeAll(async () => {
    inventory = await ModuleHarness.start('inventory');
  });

  afterAll(() => inventory.close());

  async function reserveLastUnit(): Promise<string> {
    const productId = await knownProduct(inventory, { initialStock: 1 });
    await inventory.send(new ReserveStockCommand(productId, 'customer-alice', 1), { actor: 'customer-alice' });
    return productId;
  }

  it('hosts the module alone: no other module has a schema in its database', async () => {
    const schemas = await inventory.sql<{ name: string }>(
      `SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name = ANY($1)`,
      [MODULE_NAMES],
    );

    expect(schemas).toEqual([{ name: 'inventory' }]);
  });

  it('fails an expectation of fewer, other or differently ordered events than were recorded', async () => {
    await reserveLastUnit();

    await expect(inventory.expectRecorded()).rejects.toThrow();
    await expect(inventory.expectRecorded(eventOf(StockReservedIntegrationEvent))).rejects.toThrow();
    await expect(
      inventory.expectRecorded(eventOf(OutOfStockIntegrationEvent), eventOf(StockReservedIntegrationEvent)),
    ).rejects.toThrow();
    await expect(
      inventory.expectRecorded(
        eventOf(StockReservedIntegrationEvent, { streamVersion: 3 }),
        eventOf(OutOfStockIntegrationEvent),
      ),
    ).rejects.toThrow();
    await inventory.expectRecorded(eventOf(StockReservedIntegrationEvent), eventOf(OutOfStockIntegrationEvent));
  });

  it('fails an expectation of events when the stimulus recorded none', async () => {
    await reserveLastUnit();
    await inventory.receive(productCreated(randomUUID()));

    await expect(inventory.expectRecorded(eventOf(StockReservedIntegrationEvent))).rejects.toThrow();
  });

  it('refuses to hand the module an event it does not consume', async () => {
    await expect(inventory.receive(productUpdated(randomUUID(), 2))).rejects.toThrow(
      /module inventory consumes no catalog\.product-updated\.v1/,
    );
  });

  it('reports an incoming event the module gave up on (dead-lettered), with the reason', async () => {
    const productId = await knownProduct(inventory);
    // A real failure of the consumer: its update of the stock row breaks a constraint added for this test.
    await inventory.sql(`ALTER TABLE inventory.stock ADD CONSTRAINT harness_refuses_deleted CHECK (NOT deleted)`);
    try {
      await expect(inventory.receive(productDeleted(productId))).rejects.toThrow(
        /inventory\.close-stock gave up on catalog\.product-deleted\.v1: .*harness_refuses_deleted/,
      );
    } finally {
      await inventory.sql(`ALTER TABLE inventory.stock DROP CONSTRAINT harness_refuses_deleted`);
    }
  });
});

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inventory's knowledge of catalog products as a projection of their events alone (so
 * `projections rebuild inventory-products` can rebuild it), beside the stock it keeps as its own
 * write model. Existing products are carried over from the stock rows at version 1 (created); a
 * rebuild sets the exact versions.
 */
export class AddInventoryProducts1764000004600 implements MigrationInterface {
  name = 'AddInventoryProducts1764000004600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE inventory.products (
        product_id uuid PRIMARY KEY,
        deleted boolean NOT NULL,
        version integer NOT NULL CHECK (version > 0)
      )`);
    await db.query(
      `INSERT INTO inventory.products (product_id, deleted, version) SELECT product_id, deleted, 1 FROM inventory.stock`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE inventory.products`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moves catalog's rating and stock enrichment out of `catalog.products` (the source of truth) into
 * `catalog.product_enrichment`, a projection fed by events alone, so that it can be rebuilt from the
 * event store. A product with no row yet reads as its initial stock and no rating.
 */
export class MoveProductEnrichment1764000001800 implements MigrationInterface {
  name = 'MoveProductEnrichment1764000001800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE catalog.product_enrichment (
        product_id uuid PRIMARY KEY,
        rating_average numeric(4,2) NOT NULL DEFAULT 0,
        rating_count integer NOT NULL DEFAULT 0,
        rating_version integer NOT NULL DEFAULT 0,
        available integer NOT NULL DEFAULT 0,
        in_stock boolean NOT NULL DEFAULT false,
        stock_version integer NOT NULL DEFAULT 0
      )`);
    await db.query(`
      INSERT INTO catalog.product_enrichment
        (product_id, rating_average, rating_count, rating_version, available, in_stock, stock_version)
      SELECT id, rating_average, rating_count, rating_version, available, in_stock, stock_version FROM catalog.products`);
    await db.query(`
      ALTER TABLE catalog.products DROP COLUMN rating_average, DROP COLUMN rating_count, DROP COLUMN rating_version,
        DROP COLUMN available, DROP COLUMN in_stock, DROP COLUMN stock_version`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE catalog.products
        ADD COLUMN rating_average numeric(4,2) NOT NULL DEFAULT 0, ADD COLUMN rating_count integer NOT NULL DEFAULT 0,
        ADD COLUMN rating_version integer NOT NULL DEFAULT 0, ADD COLUMN available integer NOT NULL DEFAULT 0,
        ADD COLUMN in_stock boolean NOT NULL DEFAULT false, ADD COLUMN stock_version integer NOT NULL DEFAULT 0`);
    await db.query(`UPDATE catalog.products SET available = initial_stock, in_stock = initial_stock > 0`);
    await db.query(`
      UPDATE catalog.products p
      SET rating_average = e.rating_average, rating_count = e.rating_count, rating_version = e.rating_version,
          available = e.available, in_stock = e.in_stock, stock_version = e.stock_version
      FROM catalog.product_enrichment e WHERE e.product_id = p.id`);
    await db.query(`DROP TABLE catalog.product_enrichment`);
  }
}

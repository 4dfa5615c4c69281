import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Products indexed before this migration have no categories until the index is rebuilt from the
 * event store (`npm run projections -- rebuild search-index`): search reads no catalog table.
 */
export class IndexProductCategories1764000005200 implements MigrationInterface {
  name = 'IndexProductCategories1764000005200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search.documents ADD COLUMN categories text[] NOT NULL DEFAULT '{}'`);
    // Finds a category's products when browsing one that few products have.
    await db.query(`
      CREATE INDEX documents_categories_idx ON search.documents USING gin (categories)
      WHERE name IS NOT NULL AND NOT deleted`);
    // Everything the facets of a browse count, so they are read from this small index alone instead
    // of every document's row (review text and all), sorted by category set as they are counted.
    await db.query(`
      CREATE INDEX documents_facets_idx ON search.documents (categories) INCLUDE (rating_average, in_stock)
      WHERE name IS NOT NULL AND NOT deleted`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX search.documents_facets_idx`);
    await db.query(`DROP INDEX search.documents_categories_idx`);
    await db.query(`ALTER TABLE search.documents DROP COLUMN categories`);
  }
}

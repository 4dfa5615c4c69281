import { MigrationInterface, QueryRunner } from 'typeorm';

/** Products created before categories existed have none. */
export class AddProductCategories1764000001500 implements MigrationInterface {
  name = 'AddProductCategories1764000001500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE catalog.products ADD COLUMN categories text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE catalog.products DROP COLUMN categories`);
  }
}

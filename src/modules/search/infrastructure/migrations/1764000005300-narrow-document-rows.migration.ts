import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A document row carried its review text and tsvector inline (2 kB on average), so reading the
 * thousands of rows a common word matches visited thousands of pages. Moving every row over 256
 * bytes' long values out of line (review text uncompressed, as snippets read it whole) keeps the
 * rows that searches scan and that rating and stock events rewrite to a few hundred bytes. Rows
 * already written shrink when next updated or when the projection is rebuilt.
 */
export class NarrowDocumentRows1764000005300 implements MigrationInterface {
  name = 'NarrowDocumentRows1764000005300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search.documents SET (toast_tuple_target = 256)`);
    await db.query(`ALTER TABLE search.documents ALTER COLUMN review_text SET STORAGE EXTERNAL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search.documents ALTER COLUMN review_text SET STORAGE EXTENDED`);
    await db.query(`ALTER TABLE search.documents RESET (toast_tuple_target)`);
  }
}

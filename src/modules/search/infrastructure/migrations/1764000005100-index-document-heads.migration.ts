import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexDocumentHeads1764000005100 implements MigrationInterface {
  name = 'IndexDocumentHeads1764000005100';

  async up(db: QueryRunner): Promise<void> {
    // Finds the products whose name or description matches without reading any document's review
    // text: those are ranked first when a common word matches too many products to rank them all.
    await db.query(
      `CREATE INDEX documents_head_idx ON search.documents
       USING gin ((to_tsvector('english', coalesce(name, '') || ' ' || description)))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX search.documents_head_idx`);
  }
}

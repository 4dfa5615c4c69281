import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stock becomes event-sourced: its state is the fold of stream `inventory.stock:<productId>`, loaded
 * from the latest snapshot and the events after it. Streams written before had no opening event (the
 * initial stock lived only in the row), so every existing row becomes the stream's snapshot at the
 * row's version: folding from it gives exactly the row, and new events continue the stream. The
 * row itself stays as the read model, kept in the transaction of every append.
 */
export class EventSourcedStock1764000006000 implements MigrationInterface {
  name = 'EventSourcedStock1764000006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE inventory.stock_snapshots (
        product_id uuid PRIMARY KEY,
        version integer NOT NULL CHECK (version >= 0),
        on_hand integer NOT NULL CHECK (on_hand >= 0),
        reserved integer NOT NULL CHECK (reserved >= 0),
        deleted boolean NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stock_snapshots_available_not_negative CHECK (reserved <= on_hand)
      )`);
    await db.query(`
      INSERT INTO inventory.stock_snapshots (product_id, version, on_hand, reserved, deleted)
      SELECT product_id, version, on_hand, reserved, deleted FROM inventory.stock`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE inventory.stock_snapshots`);
  }
}

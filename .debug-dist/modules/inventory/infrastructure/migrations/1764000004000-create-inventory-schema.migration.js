"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateInventorySchema1764000004000 = void 0;
class CreateInventorySchema1764000004000 {
    name = 'CreateInventorySchema1764000004000';
    async up(db) {
        await db.query(`CREATE SCHEMA IF NOT EXISTS inventory`);
        // The CHECKs back the domain rule: whatever a bug does, available (on_hand - reserved) never goes negative.
        await db.query(`
      CREATE TABLE inventory.stock (
        product_id uuid PRIMARY KEY,
        on_hand integer NOT NULL CHECK (on_hand >= 0),
        reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
        views bigint NOT NULL DEFAULT 0 CHECK (views >= 0),
        deleted boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        CONSTRAINT stock_available_not_negative CHECK (reserved <= on_hand)
      )`);
        await db.query(`
      CREATE TABLE inventory.reservations (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL REFERENCES inventory.stock (product_id),
        customer_id text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await db.query(`CREATE INDEX reservations_product_idx ON inventory.reservations (product_id, created_at)`);
    }
    async down(db) {
        await db.query(`DROP SCHEMA inventory CASCADE`);
    }
}
exports.CreateInventorySchema1764000004000 = CreateInventorySchema1764000004000;
//# sourceMappingURL=1764000004000-create-inventory-schema.migration.js.map
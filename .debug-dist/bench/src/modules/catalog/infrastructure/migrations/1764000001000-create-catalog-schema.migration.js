"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateCatalogSchema1764000001000 = void 0;
class CreateCatalogSchema1764000001000 {
    name = 'CreateCatalogSchema1764000001000';
    async up(db) {
        await db.query(`CREATE SCHEMA IF NOT EXISTS catalog`);
        await db.query(`
      CREATE TABLE catalog.products (
        id uuid PRIMARY KEY,
        sku text NOT NULL,
        name text NOT NULL,
        description text NOT NULL,
        price_amount bigint NOT NULL CHECK (price_amount >= 0),
        price_currency char(3) NOT NULL,
        initial_stock integer NOT NULL CHECK (initial_stock >= 0),
        version integer NOT NULL,
        rating_average numeric(4,2) NOT NULL DEFAULT 0,
        rating_count integer NOT NULL DEFAULT 0,
        rating_version integer NOT NULL DEFAULT 0,
        available integer NOT NULL DEFAULT 0,
        in_stock boolean NOT NULL DEFAULT false,
        stock_version integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT products_sku_unique UNIQUE (sku)
      )`);
    }
    async down(db) {
        await db.query(`DROP SCHEMA catalog CASCADE`);
    }
}
exports.CreateCatalogSchema1764000001000 = CreateCatalogSchema1764000001000;

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateReviewsSchema1764000002000 = void 0;
class CreateReviewsSchema1764000002000 {
    name = 'CreateReviewsSchema1764000002000';
    async up(db) {
        await db.query(`CREATE SCHEMA IF NOT EXISTS reviews`);
        // Reviews' own knowledge of catalog products; a deleted product stays as a tombstone so a late
        // product-created cannot bring it back.
        await db.query(`
      CREATE TABLE reviews.products (
        product_id uuid PRIMARY KEY,
        deleted boolean NOT NULL DEFAULT false,
        version integer NOT NULL CHECK (version > 0)
      )`);
        await db.query(`
      CREATE TABLE reviews.reviews (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL,
        author_id text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
        // One live review per customer and product; a customer whose review was deleted may write a new one.
        await db.query(`
      CREATE UNIQUE INDEX reviews_one_per_author_idx ON reviews.reviews (product_id, author_id)
      WHERE deleted_at IS NULL`);
        await db.query(`CREATE INDEX reviews_by_product_idx ON reviews.reviews (product_id, id DESC) WHERE deleted_at IS NULL`);
    }
    async down(db) {
        await db.query(`DROP SCHEMA reviews CASCADE`);
    }
}
exports.CreateReviewsSchema1764000002000 = CreateReviewsSchema1764000002000;

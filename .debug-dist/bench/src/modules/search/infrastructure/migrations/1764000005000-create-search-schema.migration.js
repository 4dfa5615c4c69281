"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateSearchSchema1764000005000 = void 0;
class CreateSearchSchema1764000005000 {
    name = 'CreateSearchSchema1764000005000';
    async up(db) {
        // Trigram matching makes names typo-tolerant; the embedded PGlite ships it preloaded.
        await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await db.query(`CREATE SCHEMA IF NOT EXISTS search`);
        // One row per product id seen in any event. `name` stays null until the product itself is known
        // (reviews, ratings or stock may arrive first); such rows and tombstones are never listed.
        // Each *_version is the last applied version of the stream feeding those columns.
        await db.query(`
      CREATE TABLE search.documents (
        product_id uuid PRIMARY KEY,
        name text,
        description text NOT NULL DEFAULT '',
        review_text text NOT NULL DEFAULT '',
        product_version integer NOT NULL DEFAULT 0,
        deleted boolean NOT NULL DEFAULT false,
        created_at timestamptz,
        rating_average numeric(3,2) NOT NULL DEFAULT 0,
        rating_count integer NOT NULL DEFAULT 0,
        rating_version integer NOT NULL DEFAULT 0,
        available integer NOT NULL DEFAULT 0,
        in_stock boolean NOT NULL DEFAULT false,
        stock_version integer NOT NULL DEFAULT 0,
        document tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
          setweight(to_tsvector('english', description), 'B') ||
          setweight(to_tsvector('english', review_text), 'C')
        ) STORED
      )`);
        await db.query(`CREATE INDEX documents_document_idx ON search.documents USING gin (document)`);
        await db.query(`CREATE INDEX documents_name_trgm_idx ON search.documents USING gin (lower(name) gin_trgm_ops)`);
        await db.query(`
      CREATE INDEX documents_newest_idx ON search.documents (created_at DESC NULLS LAST, product_id DESC)
      WHERE name IS NOT NULL AND NOT deleted`);
        await db.query(`
      CREATE INDEX documents_rating_idx ON search.documents (rating_average DESC, rating_count DESC, product_id)
      WHERE name IS NOT NULL AND NOT deleted`);
        // The latest text of every review, so an edit replaces the old words and a deletion removes them;
        // a deleted review stays as a tombstone so a late, older event cannot bring it back.
        await db.query(`
      CREATE TABLE search.reviews (
        review_id uuid PRIMARY KEY,
        product_id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        version integer NOT NULL,
        deleted boolean NOT NULL DEFAULT false
      )`);
        await db.query(`CREATE INDEX reviews_product_idx ON search.reviews (product_id) WHERE NOT deleted`);
    }
    async down(db) {
        // pg_trgm stays: other schemas may have come to rely on it.
        await db.query(`DROP SCHEMA search CASCADE`);
    }
}
exports.CreateSearchSchema1764000005000 = CreateSearchSchema1764000005000;

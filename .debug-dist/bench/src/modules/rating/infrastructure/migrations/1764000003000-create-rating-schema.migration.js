"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CreateRatingSchema1764000003000 = void 0;
class CreateRatingSchema1764000003000 {
    name = 'CreateRatingSchema1764000003000';
    async up(db) {
        await db.query(`CREATE SCHEMA IF NOT EXISTS rating`);
        await db.query(`
      CREATE TABLE rating.products (
        product_id uuid PRIMARY KEY,
        deleted boolean NOT NULL,
        version integer NOT NULL
      )`);
        await db.query(`
      CREATE TABLE rating.ratings (
        product_id uuid NOT NULL,
        user_id text NOT NULL,
        stars smallint CHECK (stars BETWEEN 1 AND 5),
        version integer NOT NULL CHECK (version >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (product_id, user_id)
      )`);
        await db.query(`
      CREATE TABLE rating.summaries (
        product_id uuid PRIMARY KEY,
        count integer NOT NULL DEFAULT 0,
        h1 integer NOT NULL DEFAULT 0 CHECK (h1 >= 0),
        h2 integer NOT NULL DEFAULT 0 CHECK (h2 >= 0),
        h3 integer NOT NULL DEFAULT 0 CHECK (h3 >= 0),
        h4 integer NOT NULL DEFAULT 0 CHECK (h4 >= 0),
        h5 integer NOT NULL DEFAULT 0 CHECK (h5 >= 0),
        version integer NOT NULL DEFAULT 0,
        CONSTRAINT summaries_count_matches_histogram CHECK (count = h1 + h2 + h3 + h4 + h5)
      )`);
        await db.query(`
      CREATE TABLE rating.summary_votes (
        product_id uuid NOT NULL,
        user_id text NOT NULL,
        stars smallint CHECK (stars BETWEEN 1 AND 5),
        version integer NOT NULL,
        PRIMARY KEY (product_id, user_id)
      )`);
    }
    async down(db) {
        await db.query(`DROP SCHEMA rating CASCADE`);
    }
}
exports.CreateRatingSchema1764000003000 = CreateRatingSchema1764000003000;

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A product's searchable text at one version of its catalog stream. */
export interface ProductText {
  productId: string;
  name: string;
  description: string;
  version: number;
}

export interface ReviewText {
  reviewId: string;
  productId: string;
  title: string;
  body: string;
  version: number;
}

/**
 * Reviews beyond this many characters of a product are left out of its document (newest kept when
 * review ids are UUID v7): a tsvector is capped at 1 MB, and a document that cannot be built would
 * block every later event of the product.
 */
const MAX_REVIEW_TEXT = 100_000;

/**
 * Writes `search.documents` and `search.reviews` in the caller's (consumer's) transaction. Every
 * change is guarded by the stream version it comes from, so duplicates and late, older events are
 * no-ops whatever order they arrive in. The tsvector is a generated column and follows every change.
 */
@Injectable()
export class SearchIndexRepository {
  /** Categories are set at creation only: no catalog event changes them afterwards. */
  async applyProductCreated(
    manager: EntityManager,
    product: ProductText,
    created: { at: string; initialStock: number; categories: readonly string[] },
  ): Promise<void> {
    await this.ensureDocument(manager, product.productId);
    // The initial stock is the stock at version 0 of the stock stream: any stock event wins over it.
    await manager.query(
      `UPDATE search.documents SET
         created_at = coalesce(created_at, $2),
         available = CASE WHEN stock_version = 0 THEN $3 ELSE available END,
         in_stock = CASE WHEN stock_version = 0 THEN $3 > 0 ELSE in_stock END,
         categories = $4
       WHERE product_id = $1`,
      [product.productId, created.at, created.initialStock, created.categories],
    );
    await this.applyProductText(manager, product);
  }

  async applyProductText(manager: EntityManager, product: ProductText): Promise<void> {
    await this.ensureDocument(manager, product.productId);
    await manager.query(
      `UPDATE search.documents SET name = $2, description = $3, product_version = $4
       WHERE product_id = $1 AND product_version < $4`,
      [product.productId, product.name, product.description, product.version],
    );
  }

  /** Deletion ends the product stream, so it always applies; the version shuts out older events. */
  async markProductDeleted(manager: EntityManager, productId: string, version: number): Promise<void> {
    await this.ensureDocument(manager, productId);
    await manager.query(
      `UPDATE search.documents SET deleted = true, product_version = greatest(product_version, $2) WHERE product_id = $1`,
      [productId, version],
    );
  }

  async applyRating(
    manager: EntityManager,
    productId: string,
    average: number,
    count: number,
    version: number,
  ): Promise<void> {
    await this.ensureDocument(manager, productId);
    await manager.query(
      `UPDATE search.documents SET rating_average = $2, rating_count = $3, rating_version = $4
       WHERE product_id = $1 AND rating_version < $4`,
      [productId, average, count, version],
    );
  }

  async applyStock(manager: EntityManager, productId: string, available: number, version: number): Promise<void> {
    await this.ensureDocument(manager, productId);
    await manager.query(
      `UPDATE search.documents SET available = $2, in_stock = $2 > 0, stock_version = $3
       WHERE product_id = $1 AND stock_version < $3`,
      [productId, available, version],
    );
  }

  async applyReview(manager: EntityManager, review: ReviewText): Promise<void> {
    await this.changeReviews(
      manager,
      review.productId,
      `INSERT INTO search.reviews (review_id, product_id, title, body, version) VALUES ($2, $1, $3, $4, $5)
       ON CONFLICT (review_id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, version = EXCLUDED.version
       WHERE search.reviews.version < EXCLUDED.version
       RETURNING 1`,
      [review.reviewId, review.title, review.body, review.version],
    );
  }

  async removeReview(manager: EntityManager, reviewId: string, productId: string, version: number): Promise<void> {
    await this.changeReviews(
      manager,
      productId,
      `INSERT INTO search.reviews (review_id, product_id, title, body, version, deleted) VALUES ($2, $1, '', '', $3, true)
       ON CONFLICT (review_id) DO UPDATE SET title = '', body = '', version = EXCLUDED.version, deleted = true
       WHERE search.reviews.version < EXCLUDED.version
       RETURNING 1`,
      [reviewId, version],
    );
  }

  /**
   * Changes one of a product's reviews (`change`: an upsert with the product id as `$1` that returns
   * a row only when it applied) and rebuilds the product's review text, in as few round trips as the
   * locking allows. The document row is locked before the rebuild reads the reviews, so concurrent
   * review events of one product take turns and each rebuild sees the others' reviews; the review
   * itself is written before the lock is taken, which keeps the lock short. A change that did not
   * apply (a duplicate or an older snapshot) leaves the text as it is, so nothing is rebuilt.
   */
  private async changeReviews(
    manager: EntityManager,
    productId: string,
    change: string,
    parameters: unknown[],
  ): Promise<void> {
    // Unreferenced data-modifying CTEs still run. `locked` sees the document only when it was
    // committed before this statement began; one created by this statement is ours anyway.
    const [outcome]: Array<{ applied: boolean; created: boolean; locked: boolean }> = await manager.query(
      `WITH created AS (
         INSERT INTO search.documents (product_id) VALUES ($1) ON CONFLICT (product_id) DO NOTHING RETURNING 1
       ), applied AS (${change}),
       locked AS (
         SELECT 1 FROM search.documents WHERE product_id = $1 AND EXISTS (SELECT FROM applied) FOR UPDATE
       )
       SELECT EXISTS (SELECT FROM applied) AS applied, EXISTS (SELECT FROM created) AS created,
              EXISTS (SELECT FROM locked) AS locked`,
      [productId, ...parameters],
    );
    if (!outcome.applied) return;
    // The document was committed by a transaction this statement waited for: not in its snapshot, so
    // not locked yet.
    if (!outcome.created && !outcome.locked) {
      await manager.query(`SELECT 1 FROM search.documents WHERE product_id = $1 FOR UPDATE`, [productId]);
    }
    await manager.query(
      `UPDATE search.documents d SET review_text = coalesce((
         SELECT left(string_agg(r.title || E'\\n' || r.body, E'\\n' ORDER BY r.review_id DESC), $2)
         FROM search.reviews r WHERE r.product_id = d.product_id AND NOT r.deleted), '')
       WHERE d.product_id = $1`,
      [productId, MAX_REVIEW_TEXT],
    );
  }

  /** Events may arrive before product-created: every event first makes sure the product has a row. */
  private async ensureDocument(manager: EntityManager, productId: string): Promise<void> {
    await manager.query(`INSERT INTO search.documents (product_id) VALUES ($1) ON CONFLICT (product_id) DO NOTHING`, [
      productId,
    ]);
  }
}

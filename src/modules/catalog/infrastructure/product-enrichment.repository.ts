import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

interface Versioned {
  productId: string;
  version: number;
}

export interface RatingOfProduct extends Versioned {
  average: number;
  count: number;
}

export interface StockOfProduct extends Versioned {
  available: number;
}

/**
 * The newest item per product (the first of equal versions). Applying a product's items in order
 * under a `version <` guard leaves the newest one, so it alone is written, once: a multi-row upsert
 * may not touch a row twice.
 */
function newestPerProduct<T extends Versioned>(items: readonly T[]): T[] {
  const newest = new Map<string, T>();
  for (const item of items) {
    const key = item.productId.toLowerCase();
    const kept = newest.get(key);
    if (!kept || item.version > kept.version) newest.set(key, item);
  }
  return [...newest.values()];
}

/**
 * Writes `catalog.product_enrichment`, catalog's projection of rating and stock events, a set of
 * products per statement. Rows are upserted: whichever of a product's events comes first creates
 * its row, and every write is guarded by versions, so any delivery order ends in the same row.
 * A deleted product's row stays: deleting it would be undone by a late rating or stock event.
 */
@Injectable()
export class ProductEnrichmentRepository {
  /** Initial availability of new products; a stock event already applied (version > 0) wins. */
  async recordCreated(
    manager: EntityManager,
    products: readonly { productId: string; initialStock: number }[],
  ): Promise<void> {
    // The last of duplicates, as applying them in order would leave.
    const last = [...new Map(products.map((product) => [product.productId.toLowerCase(), product])).values()];
    await manager.query(
      `INSERT INTO catalog.product_enrichment AS e (product_id, available, in_stock)
       SELECT id, initial_stock, initial_stock > 0 FROM unnest($1::uuid[], $2::integer[]) AS t (id, initial_stock)
       ON CONFLICT (product_id) DO UPDATE SET available = EXCLUDED.available, in_stock = EXCLUDED.in_stock
       WHERE e.stock_version = 0`,
      [last.map((product) => product.productId), last.map((product) => product.initialStock)],
    );
  }

  /** Applies rating summaries newer than the ones applied. */
  async applyRatings(manager: EntityManager, ratings: readonly RatingOfProduct[]): Promise<void> {
    const newest = newestPerProduct(ratings);
    await manager.query(
      `INSERT INTO catalog.product_enrichment AS e (product_id, rating_average, rating_count, rating_version)
       SELECT * FROM unnest($1::uuid[], $2::numeric[], $3::integer[], $4::integer[])
       ON CONFLICT (product_id) DO UPDATE SET rating_average = EXCLUDED.rating_average,
         rating_count = EXCLUDED.rating_count, rating_version = EXCLUDED.rating_version
       WHERE e.rating_version < EXCLUDED.rating_version`,
      [
        newest.map((rating) => rating.productId),
        newest.map((rating) => rating.average),
        newest.map((rating) => rating.count),
        newest.map((rating) => rating.version),
      ],
    );
  }

  /** Applies stock levels newer than the ones applied. */
  async applyStockLevels(manager: EntityManager, levels: readonly StockOfProduct[]): Promise<void> {
    const newest = newestPerProduct(levels);
    await manager.query(
      `INSERT INTO catalog.product_enrichment AS e (product_id, available, in_stock, stock_version)
       SELECT id, available, available > 0, version FROM unnest($1::uuid[], $2::integer[], $3::integer[])
         AS t (id, available, version)
       ON CONFLICT (product_id) DO UPDATE SET available = EXCLUDED.available, in_stock = EXCLUDED.in_stock,
         stock_version = EXCLUDED.stock_version
       WHERE e.stock_version < EXCLUDED.stock_version`,
      [
        newest.map((level) => level.productId),
        newest.map((level) => level.available),
        newest.map((level) => level.version),
      ],
    );
  }
}

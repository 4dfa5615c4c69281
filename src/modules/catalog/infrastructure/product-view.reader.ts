import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A product joined with its enrichment, as PostgreSQL returns it (bigint and numeric come as text). */
export interface ProductViewRow {
  id: string;
  sku: string;
  name: string;
  description: string;
  price_amount: string;
  price_currency: string;
  categories: string[];
  version: number;
  rating_average: string;
  rating_count: number;
  available: number;
  in_stock: boolean;
  created_at: Date;
  updated_at: Date;
}

// Until its product-created event is applied a product has no enrichment row: its initial stock and no rating.
const SELECT_VIEW = `
  SELECT p.id, p.sku, p.name, p.description, p.price_amount, p.price_currency, p.categories, p.version,
         coalesce(e.rating_average, 0) AS rating_average, coalesce(e.rating_count, 0) AS rating_count,
         coalesce(e.available, p.initial_stock) AS available, coalesce(e.in_stock, p.initial_stock > 0) AS in_stock,
         p.created_at, p.updated_at
  FROM catalog.products p LEFT JOIN catalog.product_enrichment e ON e.product_id = p.id`;

/** Reads products for the public API: `catalog.products` enriched from `catalog.product_enrichment`. */
@Injectable()
export class ProductViewReader {
  constructor(private readonly dataSource: DataSource) {}

  /** One product; in `manager`'s transaction when a command reads back what it just wrote. */
  async findOne(
    id: string,
    manager: Pick<EntityManager, 'query'> = this.dataSource,
  ): Promise<ProductViewRow | undefined> {
    const [row] = await manager.query(`${SELECT_VIEW} WHERE p.id = $1`, [id]);
    return row;
  }

  /** Keyset page in id order (UUID v7 ids sort by creation time), stable under concurrent inserts. */
  listAfter(afterId: string | undefined, limit: number): Promise<ProductViewRow[]> {
    return afterId
      ? this.dataSource.query(`${SELECT_VIEW} WHERE p.id > $1 ORDER BY p.id LIMIT $2`, [afterId, limit])
      : this.dataSource.query(`${SELECT_VIEW} ORDER BY p.id LIMIT $1`, [limit]);
  }
}

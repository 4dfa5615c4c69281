import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RatedProductEntity } from './rated-product.entity';

/** A product and the version of the catalog event that told about it. */
export interface KnownVersion {
  productId: string;
  version: number;
}

/** Reads and writes `rating.products`, the module's own knowledge of which catalog products exist. */
@Injectable()
export class RatedProductRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** True when the product was created and not deleted; pass the transaction's manager to read inside it. */
  async isRateable(productId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const row = await manager.getRepository(RatedProductEntity).findOneBy({ productId });
    return row !== null && !row.deleted;
  }

  /**
   * Idempotent; never revives a tombstone left by a product-deleted that arrived first. Of several
   * creations of one product the first counts, as one by one.
   */
  async recordCreated(manager: EntityManager, products: readonly KnownVersion[]): Promise<void> {
    await manager.query(
      `INSERT INTO rating.products (product_id, deleted, version)
       SELECT product_id, false, version FROM unnest($1::uuid[], $2::integer[]) AS t (product_id, version)
       ON CONFLICT (product_id) DO NOTHING`,
      [products.map((product) => product.productId), products.map((product) => product.version)],
    );
  }

  /** Leaves tombstones, whether or not the products were known yet, at the newest version seen. */
  async recordDeleted(manager: EntityManager, products: readonly KnownVersion[]): Promise<void> {
    // One row per product (an upsert may not touch a row twice); the newest version is what GREATEST keeps anyway.
    const newest = new Map<string, KnownVersion>();
    for (const product of products) {
      const key = product.productId.toLowerCase();
      if ((newest.get(key)?.version ?? -Infinity) < product.version) newest.set(key, product);
    }
    const rows = [...newest.values()];
    await manager.query(
      `INSERT INTO rating.products (product_id, deleted, version)
       SELECT product_id, true, version FROM unnest($1::uuid[], $2::integer[]) AS t (product_id, version)
       ON CONFLICT (product_id) DO UPDATE SET deleted = true, version = GREATEST(rating.products.version, EXCLUDED.version)`,
      [rows.map((product) => product.productId), rows.map((product) => product.version)],
    );
  }
}

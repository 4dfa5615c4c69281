import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RatedProductEntity } from './rated-product.entity';

/** Reads and writes `rating.products`, the module's own knowledge of which catalog products exist. */
@Injectable()
export class RatedProductRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** True when the product was created and not deleted; pass the transaction's manager to read inside it. */
  async isRateable(productId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const row = await manager.getRepository(RatedProductEntity).findOneBy({ productId });
    return row !== null && !row.deleted;
  }

  /** Idempotent; never revives a tombstone left by a product-deleted that arrived first. */
  async recordCreated(manager: EntityManager, productId: string, version: number): Promise<void> {
    await manager.query(
      `INSERT INTO rating.products (product_id, deleted, version) VALUES ($1, false, $2)
       ON CONFLICT (product_id) DO NOTHING`,
      [productId, version],
    );
  }

  /** Leaves a tombstone, whether or not the product was known yet. */
  async recordDeleted(manager: EntityManager, productId: string, version: number): Promise<void> {
    await manager.query(
      `INSERT INTO rating.products (product_id, deleted, version) VALUES ($1, true, $2)
       ON CONFLICT (product_id) DO UPDATE SET deleted = true, version = GREATEST(rating.products.version, EXCLUDED.version)`,
      [productId, version],
    );
  }
}

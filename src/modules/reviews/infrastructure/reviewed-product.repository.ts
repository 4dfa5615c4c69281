import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReviewedProductEntity } from './reviewed-product.entity';

/** Reads and writes `reviews.products`, the module's own knowledge of which catalog products exist. */
@Injectable()
export class ReviewedProductRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * True when the product exists and is not deleted. Takes a share lock for the rest of the
   * transaction, so a concurrent product-deleted waits for a review being added (and then deletes
   * it too) instead of missing it.
   */
  async lockIfReviewable(manager: EntityManager, productId: string): Promise<boolean> {
    const row = await manager
      .getRepository(ReviewedProductEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_read')
      .where('p.productId = :productId', { productId })
      .getOne();
    return row !== null && !row.deleted;
  }

  async isReviewable(productId: string): Promise<boolean> {
    const row = await this.dataSource.getRepository(ReviewedProductEntity).findOneBy({ productId });
    return row !== null && !row.deleted;
  }

  /** Idempotent; never revives a tombstone left by a product-deleted that arrived first. */
  async recordCreated(manager: EntityManager, productId: string, version: number): Promise<void> {
    await manager.query(
      `INSERT INTO reviews.products (product_id, deleted, version) VALUES ($1, false, $2)
       ON CONFLICT (product_id) DO NOTHING`,
      [productId, version],
    );
  }

  /** Leaves a tombstone, whether or not the product was known; row-locks it against new reviews. */
  async recordDeleted(manager: EntityManager, productId: string, version: number): Promise<void> {
    await manager.query(
      `INSERT INTO reviews.products (product_id, deleted, version) VALUES ($1, true, $2)
       ON CONFLICT (product_id) DO UPDATE SET deleted = true, version = GREATEST(reviews.products.version, EXCLUDED.version)`,
      [productId, version],
    );
  }
}

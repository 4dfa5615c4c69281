import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A product and the version of the catalog event that told about it. */
export interface KnownVersion {
  productId: string;
  version: number;
}

/** Writes `inventory.products`, which catalog products exist, kept from their events only. */
@Injectable()
export class KnownProductRepository {
  /**
   * Idempotent; never revives a tombstone left by a product-deleted that arrived first. Of several
   * creations of one product the first counts, as one by one.
   */
  async recordCreated(manager: EntityManager, products: readonly KnownVersion[]): Promise<void> {
    await manager.query(
      `INSERT INTO inventory.products (product_id, deleted, version)
       SELECT product_id, false, version FROM unnest($1::uuid[], $2::integer[]) AS t (product_id, version)
       ON CONFLICT (product_id) DO NOTHING`,
      [products.map((product) => product.productId), products.map((product) => product.version)],
    );
  }

  /** Leaves a tombstone, whether or not the product was known yet. */
  async recordDeleted(manager: EntityManager, productId: string, version: number): Promise<void> {
    await manager.query(
      `INSERT INTO inventory.products (product_id, deleted, version) VALUES ($1, true, $2)
       ON CONFLICT (product_id) DO UPDATE SET deleted = true, version = GREATEST(inventory.products.version, EXCLUDED.version)`,
      [productId, version],
    );
  }
}

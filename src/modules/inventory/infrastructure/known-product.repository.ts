import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Writes `inventory.products`, which catalog products exist, kept from their events only. */
@Injectable()
export class KnownProductRepository {
  /** Idempotent; never revives a tombstone left by a product-deleted that arrived first. */
  async recordCreated(manager: EntityManager, productId: string, version: number): Promise<void> {
    await manager.query(
      `INSERT INTO inventory.products (product_id, deleted, version) VALUES ($1, false, $2)
       ON CONFLICT (product_id) DO NOTHING`,
      [productId, version],
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

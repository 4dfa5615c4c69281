import { EntityManager } from 'typeorm';

/** A product and the version of the catalog event that told about it. */
export interface KnownVersion {
  productId: string;
  version: number;
}

/** A creation (`deleted: false`) or deletion of a product, as a catalog event told it. */
export interface ProductLifecycleChange extends KnownVersion {
  deleted: boolean;
}

/**
 * Writes a module's own table of which catalog products exist (`product_id uuid PRIMARY KEY,
 * deleted boolean, version integer`), kept from catalog events only. `table` is a schema-qualified
 * name from code, never from input.
 */
export class ProductTombstones {
  constructor(private readonly table: string) {}

  /**
   * Idempotent; never revives a tombstone left by a product-deleted that arrived first. Of several
   * creations of one product the first counts, as one by one.
   */
  async recordCreated(manager: EntityManager, products: readonly KnownVersion[]): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.table} (product_id, deleted, version)
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
      `INSERT INTO ${this.table} AS known (product_id, deleted, version)
       SELECT product_id, true, version FROM unnest($1::uuid[], $2::integer[]) AS t (product_id, version)
       ON CONFLICT (product_id) DO UPDATE SET deleted = true, version = GREATEST(known.version, EXCLUDED.version)`,
      [rows.map((product) => product.productId), rows.map((product) => product.version)],
    );
  }

  /** Applies changes in order: each run of consecutive creations, or deletions, in one statement. */
  async recordInOrder(manager: EntityManager, changes: readonly ProductLifecycleChange[]): Promise<void> {
    for (let start = 0; start < changes.length;) {
      const { deleted } = changes[start];
      let end = start + 1;
      while (end < changes.length && changes[end].deleted === deleted) end++;
      const products = changes.slice(start, end).map(({ productId, version }) => ({ productId, version }));
      if (deleted) await this.recordDeleted(manager, products);
      else await this.recordCreated(manager, products);
      start = end;
    }
  }
}

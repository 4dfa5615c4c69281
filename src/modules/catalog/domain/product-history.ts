import { Product } from './product';

/** A catalog product as its events leave it; `deleted` once the catalog removed it. */
export interface ProductRecord extends Product {
  deleted: boolean;
}

/** What happened to a product in the catalog, as its stream records it. */
export type ProductFact =
  | {
      kind: 'created';
      version: number;
      product: Omit<ProductRecord, 'version' | 'deleted'>;
    }
  | {
      kind: 'updated';
      version: number;
      changes: Pick<ProductRecord, 'sku' | 'name' | 'description' | 'price'>;
    }
  | { kind: 'deleted'; version: number };

/**
 * The product after one more fact of its stream, starting from `null` (not created). Updates carry
 * the product's full state, so each replaces the fields it names; a fact about a product not yet
 * created (a stream read from its middle) leaves it uncreated, and a stale version changes nothing.
 */
export function evolveProduct(product: ProductRecord | null, fact: ProductFact): ProductRecord | null {
  if (fact.kind === 'created') return product ?? { ...fact.product, version: fact.version, deleted: false };
  if (product === null || fact.version <= product.version) return product;
  if (fact.kind === 'updated') return { ...product, ...fact.changes, version: fact.version };
  return { ...product, version: fact.version, deleted: true };
}

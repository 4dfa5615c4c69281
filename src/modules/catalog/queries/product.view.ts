import { ProductViewRow } from '../infrastructure/product-view.reader';

/** The public read model of a product, enriched from catalog's own rating and stock projections. */
export interface ProductView {
  id: string;
  sku: string;
  name: string;
  description: string;
  price: { amount: number; currency: string };
  categories: string[];
  version: number;
  rating: { average: number; count: number };
  availability: { inStock: boolean; available: number };
  createdAt: string;
  updatedAt: string;
}

export function toProductView(row: ProductViewRow): ProductView {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    price: { amount: Number(row.price_amount), currency: row.price_currency },
    categories: row.categories,
    version: row.version,
    rating: { average: Number(row.rating_average), count: row.rating_count },
    availability: { inStock: row.in_stock, available: row.available },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

import { ProductEntity } from '../infrastructure/product.entity';

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

export function toProductView(row: ProductEntity): ProductView {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    price: { amount: row.priceAmount, currency: row.priceCurrency },
    categories: row.categories,
    version: row.version,
    rating: { average: row.ratingAverage, count: row.ratingCount },
    availability: { inStock: row.inStock, available: row.available },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

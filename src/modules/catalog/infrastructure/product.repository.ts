import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { DuplicateSkuError } from '../domain/catalog.errors';
import { Product } from '../domain/product';
import { ProductEntity } from './product.entity';

const toDomain = (row: ProductEntity): Product => ({
  id: row.id,
  sku: row.sku,
  name: row.name,
  description: row.description,
  price: { amount: row.priceAmount, currency: row.priceCurrency },
  initialStock: row.initialStock,
  categories: row.categories,
  version: row.version,
});

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/** Writes `catalog.products` in the caller's transaction (reads for the API go through `ProductViewReader`). */
@Injectable()
export class ProductRepository {
  /** Loads and row-locks a product for a write, so concurrent changes serialise on its version. */
  async findForUpdate(manager: EntityManager, id: string): Promise<Product | undefined> {
    const row = await manager
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
    return row ? toDomain(row) : undefined;
  }

  async insert(manager: EntityManager, product: Product): Promise<void> {
    try {
      await manager.getRepository(ProductEntity).insert({
        id: product.id,
        sku: product.sku,
        name: product.name,
        description: product.description,
        priceAmount: product.price.amount,
        priceCurrency: product.price.currency,
        initialStock: product.initialStock,
        categories: product.categories,
        version: product.version,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateSkuError(product.sku);
      throw error;
    }
  }

  async update(manager: EntityManager, product: Product): Promise<void> {
    await manager.getRepository(ProductEntity).update(
      { id: product.id },
      {
        name: product.name,
        description: product.description,
        priceAmount: product.price.amount,
        priceCurrency: product.price.currency,
        version: product.version,
        updatedAt: new Date(),
      },
    );
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(ProductEntity).delete({ id });
  }
}

/**
 * Baseline: a stock NestJS application on Express with TypeORM `findOneBy` (the product and its
 * enrichment, at once) — the framework and ORM as most projects use them, without the app's CQRS,
 * edge hooks, projections or events.
 */
import 'reflect-metadata';
import { Controller, Get, Module, NotFoundException, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { ProductEntity } from '../../../src/modules/catalog/infrastructure/product.entity';

/** `catalog.product_enrichment` as a TypeORM user would map it. */
@Entity({ schema: 'catalog', name: 'product_enrichment' })
class ProductEnrichmentEntity {
  @PrimaryColumn('uuid', { name: 'product_id' })
  productId!: string;

  @Column('numeric', { name: 'rating_average', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  ratingAverage!: number;

  @Column('integer', { name: 'rating_count' })
  ratingCount!: number;

  @Column('integer')
  available!: number;

  @Column('boolean', { name: 'in_stock' })
  inStock!: boolean;
}

const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [ProductEntity, ProductEnrichmentEntity],
  extra: { max: Number(process.env.DB_POOL_SIZE ?? 20) },
});

@Controller()
class ProductsController {
  constructor(private readonly db: DataSource) {}

  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Get('products/:id')
  async product(@Param('id') id: string) {
    const [product, enrichment] = await Promise.all([
      this.db.getRepository(ProductEntity).findOneBy({ id }),
      this.db.getRepository(ProductEnrichmentEntity).findOneBy({ productId: id }),
    ]);
    if (!product) throw new NotFoundException();
    return {
      id: product.id,
      sku: product.sku,
      name: product.name,
      description: product.description,
      price: { amount: product.priceAmount, currency: product.priceCurrency },
      categories: product.categories,
      version: product.version,
      rating: { average: enrichment?.ratingAverage ?? 0, count: enrichment?.ratingCount ?? 0 },
      availability: {
        inStock: enrichment?.inStock ?? product.initialStock > 0,
        available: enrichment?.available ?? product.initialStock,
      },
      createdAt: product.createdAt.toISOString(),
      updatedAt: product.updatedAt.toISOString(),
    };
  }
}

@Module({ controllers: [ProductsController], providers: [{ provide: DataSource, useValue: dataSource }] })
class BaselineModule {}

async function main(): Promise<void> {
  await dataSource.initialize();
  const app = await NestFactory.create<NestExpressApplication>(BaselineModule, new ExpressAdapter(), {
    logger: ['error', 'warn'],
  });
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

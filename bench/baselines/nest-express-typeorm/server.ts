/**
 * Baseline: a stock NestJS application on Express with a TypeORM `findOneBy` — the framework and ORM
 * as most projects use them, without the app's CQRS, edge hooks, projections or events.
 */
import 'reflect-metadata';
import { Controller, Get, Module, NotFoundException, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { ProductEntity } from '../../../src/modules/catalog/infrastructure/product.entity';

const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [ProductEntity],
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
    const product = await this.db.getRepository(ProductEntity).findOneBy({ id });
    if (!product) throw new NotFoundException();
    return {
      id: product.id,
      sku: product.sku,
      name: product.name,
      description: product.description,
      price: { amount: product.priceAmount, currency: product.priceCurrency },
      categories: product.categories,
      version: product.version,
      rating: { average: product.ratingAverage, count: product.ratingCount },
      availability: { inStock: product.inStock, available: product.available },
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

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProductTombstones } from '../../../shared/database/product-tombstones';
import { RatedProductEntity } from './rated-product.entity';

/** Reads and writes `rating.products`, the module's own knowledge of which catalog products exist. */
@Injectable()
export class RatedProductRepository extends ProductTombstones {
  constructor(private readonly dataSource: DataSource) {
    super('rating.products');
  }

  /** True when the product was created and not deleted; pass the transaction's manager to read inside it. */
  async isRateable(productId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const row = await manager.getRepository(RatedProductEntity).findOneBy({ productId });
    return row !== null && !row.deleted;
  }
}

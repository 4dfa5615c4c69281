import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProductTombstones } from '../../../shared/database/product-tombstones';
import { ReviewedProductEntity } from './reviewed-product.entity';

/** Reads and writes `reviews.products`, the module's own knowledge of which catalog products exist. */
@Injectable()
export class ReviewedProductRepository extends ProductTombstones {
  constructor(private readonly dataSource: DataSource) {
    super('reviews.products');
  }

  async isReviewable(productId: string): Promise<boolean> {
    const row = await this.dataSource.getRepository(ReviewedProductEntity).findOneBy({ productId });
    return row !== null && !row.deleted;
  }
}

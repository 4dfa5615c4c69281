import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProductNotFoundError } from '../../domain/catalog.errors';
import { ProductViewCounter } from '../../infrastructure/product-view-counter';
import { ProductViewReader } from '../../infrastructure/product-view.reader';
import { ProductView, toProductView } from '../product.view';
import { GetProductQuery } from './get-product.query';

@QueryHandler(GetProductQuery)
export class GetProductHandler implements IQueryHandler<GetProductQuery, ProductView> {
  constructor(
    private readonly products: ProductViewReader,
    private readonly views: ProductViewCounter,
  ) {}

  async execute({ productId, countsAsView }: GetProductQuery): Promise<ProductView> {
    const row = await this.products.findOne(productId);
    if (!row) throw new ProductNotFoundError(productId);
    if (countsAsView) this.views.count(productId);
    return toProductView(row);
  }
}

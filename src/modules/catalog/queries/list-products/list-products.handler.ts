import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProductViewReader } from '../../infrastructure/product-view.reader';
import { ProductView, toProductView } from '../product.view';
import { ListProductsQuery } from './list-products.query';

export interface ProductPage {
  items: ProductView[];
  /** Id after which the next page starts, or null on the last page. */
  lastId: string | null;
}

@QueryHandler(ListProductsQuery)
export class ListProductsHandler implements IQueryHandler<ListProductsQuery, ProductPage> {
  constructor(private readonly products: ProductViewReader) {}

  async execute({ limit, afterId }: ListProductsQuery): Promise<ProductPage> {
    const rows = await this.products.listAfter(afterId, limit + 1);
    const items = rows.slice(0, limit).map(toProductView);
    return { items, lastId: rows.length > limit ? items[items.length - 1].id : null };
  }
}

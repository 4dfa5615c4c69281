import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StockNotFoundError } from '../../domain/inventory.errors';
import { StockRepository } from '../../infrastructure/stock.repository';
import { StockView, toStockView } from '../stock.view';
import { GetStockQuery } from './get-stock.query';

@QueryHandler(GetStockQuery)
export class GetStockHandler implements IQueryHandler<GetStockQuery, StockView> {
  constructor(private readonly stocks: StockRepository) {}

  async execute({ productId }: GetStockQuery): Promise<StockView> {
    const stock = await this.stocks.find(productId);
    if (!stock || stock.deleted) throw new StockNotFoundError(productId);
    return toStockView(stock);
  }
}

import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StockNotFoundError } from '../../domain/inventory.errors';
import { StockRepository } from '../../infrastructure/stock.repository';
import { StockView, toStockView } from '../stock.view';
import { GetStockQuery } from './get-stock.query';

/**
 * Reads the stock's read model, not its stream: the row is written in the transaction of every
 * append, so it equals the fold at its version, for one primary-key lookup.
 */
@QueryHandler(GetStockQuery)
export class GetStockHandler implements IQueryHandler<GetStockQuery, StockView> {
  constructor(private readonly stocks: StockRepository) {}

  async execute({ productId }: GetStockQuery): Promise<StockView> {
    const stock = await this.stocks.find(productId);
    if (!stock || stock.deleted) throw new StockNotFoundError(productId);
    return toStockView(stock, stock.views);
  }
}

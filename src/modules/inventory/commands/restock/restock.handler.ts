import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { StockNotFoundError } from '../../domain/inventory.errors';
import { Stock, restock } from '../../domain/stock';
import { StockRepository } from '../../infrastructure/stock.repository';
import { recordStockEvents } from '../stock-events.recorder';
import { RestockCommand } from './restock.command';

@CommandHandler(RestockCommand)
export class RestockHandler implements ICommandHandler<RestockCommand, Stock> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly stocks: StockRepository,
  ) {}

  execute({ productId, quantity }: RestockCommand): Promise<Stock> {
    return this.unitOfWork.run(async (tx) => {
      const current = await this.stocks.findForUpdate(tx.manager, productId);
      if (!current) throw new StockNotFoundError(productId);
      const { stock, events } = restock(current, quantity);
      await this.stocks.saveLevels(tx.manager, stock);
      recordStockEvents(tx, productId, events);
      return stock;
    });
  }
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { StockNotFoundError } from '../../domain/inventory.errors';
import { restock } from '../../domain/stock';
import { StockRepository } from '../../infrastructure/stock.repository';
import { recordStockEvents } from '../stock-events.recorder';
import { StockView, toStockView } from '../../queries/stock.view';
import { RestockCommand } from './restock.command';

@CommandHandler(RestockCommand)
export class RestockHandler implements ICommandHandler<RestockCommand, StockView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly stocks: StockRepository,
  ) {}

  execute({ productId, quantity }: RestockCommand): Promise<StockView> {
    return this.unitOfWork.run(async (tx) => {
      const current = await this.stocks.findForUpdate(tx.manager, productId);
      if (!current) throw new StockNotFoundError(productId);
      const { stock, events } = restock(current, quantity);
      await this.stocks.saveLevels(tx.manager, stock);
      recordStockEvents(tx, productId, events);
      return toStockView(stock);
    });
  }
}

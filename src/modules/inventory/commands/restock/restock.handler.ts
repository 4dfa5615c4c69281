import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { retryOnStreamConflict } from '../../../../shared/messaging/outbox/stream-version-conflict';
import { StreamWriters } from '../../../../shared/messaging/outbox/stream-writers';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { restock } from '../../domain/stock';
import { StockStreamRepository } from '../../infrastructure/stock-stream.repository';
import { StockView, toStockView } from '../../queries/stock.view';
import { stockStreamId } from '../../contracts';
import { stockRetry } from '../stock-retry';
import { RestockCommand } from './restock.command';

@CommandHandler(RestockCommand)
export class RestockHandler implements ICommandHandler<RestockCommand, StockView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly stream: StockStreamRepository,
    private readonly writers: StreamWriters,
  ) {}

  execute({ productId, quantity }: RestockCommand): Promise<StockView> {
    const attempt = () =>
      this.unitOfWork.run(async (tx) => {
        const change = restock(await this.stream.load(tx.manager, productId), productId, quantity);
        const views = await this.stream.append(tx, change);
        return toStockView(change.stock, views);
      });
    return this.writers.run(stockStreamId(productId), () => retryOnStreamConflict(attempt, stockRetry(productId)));
  }
}

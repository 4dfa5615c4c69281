import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { uuidV7 } from '../../../../shared/messaging/envelope/uuid-v7';
import { retryOnStreamConflict } from '../../../../shared/messaging/outbox/stream-version-conflict';
import { StreamWriters } from '../../../../shared/messaging/outbox/stream-writers';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { reserve } from '../../domain/stock';
import { StockRepository } from '../../infrastructure/stock.repository';
import { StockStreamRepository } from '../../infrastructure/stock-stream.repository';
import { ReservationView, toReservationView } from '../../queries/reservation.view';
import { stockStreamId } from '../../contracts';
import { stockRetry } from '../stock-retry';
import { ReserveStockCommand } from './reserve-stock.command';

/**
 * Decides on the stock its stream folds to, without a lock; a concurrent reservation that committed
 * first makes the append conflict, and the decision is made again on the new state. Changes of one
 * stock in this process line up first (`StreamWriters`), so conflicts come only from other processes.
 */
@CommandHandler(ReserveStockCommand)
export class ReserveStockHandler implements ICommandHandler<ReserveStockCommand, ReservationView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly stream: StockStreamRepository,
    private readonly writers: StreamWriters,
    private readonly stocks: StockRepository,
  ) {}

  execute({ productId, customerId, quantity }: ReserveStockCommand): Promise<ReservationView> {
    const attempt = () =>
      this.unitOfWork.run(async (tx) => {
        const current = await this.stream.load(tx.manager, productId);
        const change = reserve(current, productId, { id: uuidV7(), customerId, quantity });
        await this.stream.append(tx, change);
        await this.stocks.insertReservation(tx.manager, change.reservation);
        return toReservationView(change.reservation, change.stock);
      });
    return this.writers.run(stockStreamId(productId), () => retryOnStreamConflict(attempt, stockRetry(productId)));
  }
}

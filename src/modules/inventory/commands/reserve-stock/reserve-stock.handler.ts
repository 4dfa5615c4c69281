import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/messaging/outbox/unit-of-work';
import { uuidV7 } from '../../../../shared/messaging/envelope/uuid-v7';
import { StockNotFoundError } from '../../domain/inventory.errors';
import { reserve } from '../../domain/stock';
import { StockRepository } from '../../infrastructure/stock.repository';
import { ReservationView, toReservationView } from '../../queries/reservation.view';
import { recordStockEvents } from '../stock-events.recorder';
import { ReserveStockCommand } from './reserve-stock.command';

@CommandHandler(ReserveStockCommand)
export class ReserveStockHandler implements ICommandHandler<ReserveStockCommand, ReservationView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly stocks: StockRepository,
  ) {}

  execute({ productId, customerId, quantity }: ReserveStockCommand): Promise<ReservationView> {
    return this.unitOfWork.run(async (tx) => {
      const current = await this.stocks.findForUpdate(tx.manager, productId);
      if (!current) throw new StockNotFoundError(productId);
      const { stock, events, reservation } = reserve(current, { id: uuidV7(), customerId, quantity });
      await this.stocks.saveLevels(tx.manager, stock);
      await this.stocks.insertReservation(tx.manager, reservation);
      recordStockEvents(tx, productId, events);
      return toReservationView(reservation, stock);
    });
  }
}

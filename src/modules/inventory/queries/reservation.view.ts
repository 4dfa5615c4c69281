import { Reservation, Stock, availableUnits } from '../domain/stock';

/** A reservation as the API answers it: what was set aside, and how many units are left to reserve. */
export interface ReservationView {
  reservationId: string;
  productId: string;
  quantity: number;
  available: number;
}

export const toReservationView = (reservation: Reservation, stock: Stock): ReservationView => ({
  reservationId: reservation.id,
  productId: stock.productId,
  quantity: reservation.quantity,
  available: availableUnits(stock),
});

import { Stock, availableUnits } from '../domain/stock';

/** The public read model of a product's stock. */
export interface StockView {
  productId: string;
  onHand: number;
  available: number;
  reserved: number;
  views: number;
}

/** The stock's levels with the views counted beside its stream. */
export const toStockView = (stock: Stock, views: number): StockView => ({
  productId: stock.productId,
  onHand: stock.onHand,
  available: availableUnits(stock),
  reserved: stock.reserved,
  views,
});

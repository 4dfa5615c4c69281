export class GetStockQuery {
  constructor(readonly productId: string) {}
}

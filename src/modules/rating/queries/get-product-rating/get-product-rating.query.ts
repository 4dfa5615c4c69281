export class GetProductRatingQuery {
  constructor(readonly productId: string) {}
}

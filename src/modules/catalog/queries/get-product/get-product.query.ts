export class GetProductQuery {
  constructor(
    readonly productId: string,
    /** True when a shopper views the detail page (a demand signal), false for internal reads. */
    readonly countsAsView = false,
  ) {}
}

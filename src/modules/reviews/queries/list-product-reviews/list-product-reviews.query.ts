export class ListProductReviewsQuery {
  constructor(
    readonly productId: string,
    readonly limit: number,
    /** Id of the last review of the previous page (pages run newest first). */
    readonly beforeId?: string,
  ) {}
}

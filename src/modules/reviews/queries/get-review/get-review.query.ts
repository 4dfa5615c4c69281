export class GetReviewQuery {
  constructor(readonly reviewId: string) {}
}

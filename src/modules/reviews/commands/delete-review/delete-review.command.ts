import { Requester } from '../../domain/review';

export class DeleteReviewCommand {
  constructor(
    readonly reviewId: string,
    readonly requester: Requester,
    readonly expectedVersion?: number,
  ) {}
}

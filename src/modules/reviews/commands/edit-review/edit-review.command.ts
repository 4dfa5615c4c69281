import { Requester, ReviewChanges } from '../../domain/review';

export class EditReviewCommand {
  constructor(
    readonly reviewId: string,
    readonly editor: Requester,
    readonly changes: ReviewChanges,
    /** From `If-Match`; the edit fails with 412 when the review moved on. */
    readonly expectedVersion?: number,
  ) {}
}

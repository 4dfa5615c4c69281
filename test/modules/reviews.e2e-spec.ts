import { randomUUID } from 'node:crypto';
import { ProductCreatedIntegrationEvent, productStreamId } from '../../src/modules/catalog/contracts';
import { AddReviewCommand } from '../../src/modules/reviews/commands/add-review/add-review.command';
import { DeleteReviewCommand } from '../../src/modules/reviews/commands/delete-review/delete-review.command';
import { EditReviewCommand } from '../../src/modules/reviews/commands/edit-review/edit-review.command';
import {
  ReviewAddedIntegrationEvent,
  ReviewDeletedIntegrationEvent,
  ReviewUpdatedIntegrationEvent,
  reviewStreamId,
} from '../../src/modules/reviews/contracts';
import {
  InvalidReviewError,
  ReviewAlreadyExistsError,
  ReviewForbiddenError,
  ReviewNotFoundError,
  ReviewedProductNotFoundError,
  StaleReviewVersionError,
} from '../../src/modules/reviews/domain/reviews.errors';
import { Requester } from '../../src/modules/reviews/domain/review';
import { ReviewView } from '../../src/modules/reviews/queries/review.view';
import { ReviewPage } from '../../src/modules/reviews/queries/list-product-reviews/list-product-reviews.handler';
import { ListProductReviewsQuery } from '../../src/modules/reviews/queries/list-product-reviews/list-product-reviews.query';
import { ModuleHarness, eventOf, incoming } from '../support/module-harness';
import { knownProduct, productCreated, productDeleted } from './incoming-events';

const ALICE: Requester = { id: 'customer-alice', isAdmin: false };
const BOB: Requester = { id: 'customer-bob', isAdmin: false };
const ADMIN: Requester = { id: 'admin-1', isAdmin: true };

/** Reviews alone: customers' reviews are its commands; catalog's product-created and product-deleted arrive as events. */
describe('reviews module', () => {
  let reviews: ModuleHarness;

  beforeAll(async () => {
    reviews = await ModuleHarness.start('reviews');
  });

  afterAll(() => reviews.close());

  const add = (productId: string, author: Requester, text = { title: 'Great lamp', body: 'Bright and warm.' }) =>
    reviews.send<ReviewView>(new AddReviewCommand(productId, author.id, text), { actor: author.id });

  /** The snapshot review events carry of Alice's review with the default text. */
  const aliceReview = (reviewId: string, productId: string) => ({
    reviewId,
    productId,
    authorId: ALICE.id,
    title: 'Great lamp',
    body: 'Bright and warm.',
  });

  const live = (productId: string) =>
    reviews.query<ReviewPage>(new ListProductReviewsQuery(productId, 50)).then((page) => page.items.map((r) => r.id));

  describe('on catalog.product-created', () => {
    it('records nothing and makes the product reviewable', async () => {
      const productId = randomUUID();
      await expect(live(productId)).rejects.toThrow(ReviewedProductNotFoundError);

      await reviews.receive(productCreated(productId));

      await reviews.expectRecorded();
      expect(await live(productId)).toEqual([]);
    });

    it('reads a stored v1 product-created as v2, so old products stay reviewable', async () => {
      const productId = randomUUID();

      await reviews.receive(
        incoming(ProductCreatedIntegrationEvent, {
          streamId: productStreamId(productId),
          streamVersion: 1,
          payload: {
            productId,
            sku: 'OLD-1',
            name: 'Old lamp',
            description: '',
            price: { amount: 100, currency: 'EUR' },
            initialStock: 1,
          },
        }),
      );

      await reviews.expectRecorded();
      expect(await live(productId)).toEqual([]);
    });
  });

  describe('add review', () => {
    it('records review-added with the trimmed text, by its author', async () => {
      const productId = await knownProduct(reviews);

      const review = await add(productId, ALICE, { title: '  Great lamp ', body: ' Bright and warm. ' });

      await reviews.expectRecorded(
        eventOf(ReviewAddedIntegrationEvent, {
          streamId: reviewStreamId(review.id),
          streamVersion: 1,
          causationId: null,
          actor: ALICE.id,
          payload: aliceReview(review.id, productId),
        }),
      );
      expect(await live(productId)).toEqual([review.id]);
    });

    it('refuses a review of a product it does not know, and records nothing', async () => {
      await expect(add(randomUUID(), ALICE)).rejects.toThrow(ReviewedProductNotFoundError);
      await reviews.expectRecorded();
    });

    it("refuses a customer's second review of a product, and records nothing", async () => {
      const productId = await knownProduct(reviews);
      await add(productId, ALICE);

      await expect(add(productId, ALICE)).rejects.toThrow(ReviewAlreadyExistsError);
      await reviews.expectRecorded();
    });

    it('refuses an empty title and records nothing', async () => {
      const productId = await knownProduct(reviews);

      await expect(add(productId, ALICE, { title: '   ', body: 'Nice.' })).rejects.toThrow(InvalidReviewError);
      await reviews.expectRecorded();
    });
  });

  describe('edit review', () => {
    it("records review-updated with the whole new text at the review's next version", async () => {
      const productId = await knownProduct(reviews);
      const review = await add(productId, ALICE);

      await reviews.send(new EditReviewCommand(review.id, ALICE, { body: 'Bright, warm and quiet.' }, 1), {
        actor: ALICE.id,
      });

      await reviews.expectRecorded(
        eventOf(ReviewUpdatedIntegrationEvent, {
          streamId: reviewStreamId(review.id),
          streamVersion: 2,
          actor: ALICE.id,
          payload: { ...aliceReview(review.id, productId), body: 'Bright, warm and quiet.' },
        }),
      );
    });

    it('records nothing when the text does not change', async () => {
      const review = await add(await knownProduct(reviews), ALICE);

      await reviews.send(new EditReviewCommand(review.id, ALICE, { title: 'Great lamp ' }), { actor: ALICE.id });

      await reviews.expectRecorded();
    });

    it('refuses anyone but the author (an admin too), a stale version and an unknown review; records nothing', async () => {
      const review = await add(await knownProduct(reviews), ALICE);
      const edit = (editor: Requester, expectedVersion?: number, reviewId = review.id) =>
        reviews.send(new EditReviewCommand(reviewId, editor, { body: 'Changed.' }, expectedVersion), {
          actor: editor.id,
        });

      await expect(edit(BOB)).rejects.toThrow(ReviewForbiddenError);
      await reviews.expectRecorded();
      await expect(edit(ADMIN)).rejects.toThrow(ReviewForbiddenError);
      await reviews.expectRecorded();
      await expect(edit(ALICE, 2)).rejects.toThrow(StaleReviewVersionError);
      await reviews.expectRecorded();
      await expect(edit(ALICE, undefined, randomUUID())).rejects.toThrow(ReviewNotFoundError);
      await reviews.expectRecorded();
    });
  });

  describe('delete review', () => {
    it.each([
      ['its author', ALICE, 'author'],
      ['an admin', ADMIN, 'admin'],
    ] as const)('records review-deleted saying who deleted it when %s does', async (_who, requester, deletedBy) => {
      const productId = await knownProduct(reviews);
      const review = await add(productId, ALICE);

      await reviews.send(new DeleteReviewCommand(review.id, requester), { actor: requester.id });

      await reviews.expectRecorded(
        eventOf(ReviewDeletedIntegrationEvent, {
          streamId: reviewStreamId(review.id),
          streamVersion: 2,
          actor: requester.id,
          payload: { reviewId: review.id, productId, authorId: ALICE.id, deletedBy },
        }),
      );
      expect(await live(productId)).toEqual([]);
    });

    it('refuses another customer and records nothing', async () => {
      const productId = await knownProduct(reviews);
      const review = await add(productId, ALICE);

      await expect(reviews.send(new DeleteReviewCommand(review.id, BOB), { actor: BOB.id })).rejects.toThrow(
        ReviewForbiddenError,
      );
      await reviews.expectRecorded();
      expect(await live(productId)).toEqual([review.id]);
    });
  });

  describe('on catalog.product-deleted', () => {
    it('retires every live review with one review-deleted (deletedBy: product-deleted) each, caused by the deletion', async () => {
      const productId = await knownProduct(reviews);
      const byAlice = await add(productId, ALICE);
      const byBob = await add(productId, BOB);
      const edited = await reviews.send<ReviewView>(new EditReviewCommand(byBob.id, BOB, { body: 'Changed.' }), {
        actor: BOB.id,
      });
      const gone = await add(productId, ADMIN);
      await reviews.send(new DeleteReviewCommand(gone.id, ADMIN), { actor: ADMIN.id });
      const deletion = productDeleted(productId, 2, { actor: 'admin-2' });

      await reviews.receive(deletion);

      const retired = (reviewId: string, authorId: string, streamVersion: number) =>
        eventOf(ReviewDeletedIntegrationEvent, {
          streamId: reviewStreamId(reviewId),
          streamVersion,
          causationId: deletion.eventId,
          correlationId: deletion.correlationId,
          actor: 'admin-2',
          payload: { reviewId, productId, authorId, deletedBy: 'product-deleted' },
        });
      // One statement retires them all; their order among themselves is not part of the contract.
      const recorded = await reviews.recorded();
      expect(recorded).toHaveLength(2);
      expect(recorded).toEqual(
        expect.arrayContaining([
          expect.objectContaining(retired(byAlice.id, ALICE.id, 2)),
          expect.objectContaining(retired(byBob.id, BOB.id, edited.version + 1)),
        ]),
      );
      await expect(live(productId)).rejects.toThrow(ReviewedProductNotFoundError);
    });

    it('afterwards refuses new reviews of the product and records nothing', async () => {
      const productId = await knownProduct(reviews);
      await reviews.receive(productDeleted(productId));

      await expect(add(productId, ALICE)).rejects.toThrow(ReviewedProductNotFoundError);
      await reviews.expectRecorded();
    });

    it('records nothing new when the same deletion is delivered again', async () => {
      const productId = await knownProduct(reviews);
      await add(productId, ALICE);
      const deletion = productDeleted(productId);
      await reviews.receive(deletion);
      expect(await reviews.recorded()).toHaveLength(1);

      await reviews.receive(deletion);

      await reviews.expectRecorded();
    });

    it('keeps a product deleted when its creation arrives after its deletion', async () => {
      const productId = randomUUID();
      await reviews.receive(productDeleted(productId));

      await reviews.receive(productCreated(productId));

      await reviews.expectRecorded();
      await expect(add(productId, ALICE)).rejects.toThrow(ReviewedProductNotFoundError);
    });
  });
});

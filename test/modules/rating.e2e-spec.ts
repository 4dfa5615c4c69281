import { randomUUID } from 'node:crypto';
import { RateProductCommand } from '../../src/modules/rating/commands/rate-product/rate-product.command';
import { RemoveRatingCommand } from '../../src/modules/rating/commands/remove-rating/remove-rating.command';
import {
  ProductRatedIntegrationEvent,
  ProductRatingRecalculatedIntegrationEvent,
  RatingRemovedIntegrationEvent,
  customerRatingStreamId,
  ratingSummaryStreamId,
} from '../../src/modules/rating/contracts';
import {
  InvalidStarsError,
  RatedProductNotFoundError,
  RatingNotFoundError,
} from '../../src/modules/rating/domain/rating.errors';
import { GetProductRatingQuery } from '../../src/modules/rating/queries/get-product-rating/get-product-rating.query';
import { ProductRatingView } from '../../src/modules/rating/queries/get-product-rating/product-rating.view';
import { ModuleHarness, eventOf } from '../support/module-harness';
import { knownProduct, productCreated, productDeleted } from './incoming-events';

const ALICE = 'customer-alice';
const BOB = 'customer-bob';

/**
 * Rating alone: customers' ratings are its commands, catalog's product events arrive as events, and
 * the module recalculates each product's summary from its own product-rated and rating-removed.
 */
describe('rating module', () => {
  let rating: ModuleHarness;

  beforeAll(async () => {
    rating = await ModuleHarness.start('rating');
  });

  afterAll(() => rating.close());

  const rate = (productId: string, userId: string, stars: number) =>
    rating.send(new RateProductCommand(productId, userId, stars), { actor: userId });

  const remove = (productId: string, userId: string) =>
    rating.send(new RemoveRatingCommand(productId, userId), { actor: userId });

  const summary = (productId: string) => rating.query<ProductRatingView>(new GetProductRatingQuery(productId));

  const histogram = (counts: Partial<Record<1 | 2 | 3 | 4 | 5, number>>) => ({
    1: 0,
    2: 0,
    3: 0,
    4: 0,
    5: 0,
    ...counts,
  });

  describe('on catalog.product-created', () => {
    it('records nothing and makes the product rateable, with an empty summary', async () => {
      const productId = randomUUID();
      await expect(summary(productId)).rejects.toThrow(RatedProductNotFoundError);

      await rating.receive(productCreated(productId));

      await rating.expectRecorded();
      expect(await summary(productId)).toEqual({ productId, average: 0, count: 0, histogram: histogram({}) });
    });
  });

  describe('rate product', () => {
    it('records product-rated, then the product-rating-recalculated it causes', async () => {
      const productId = await knownProduct(rating);

      await rate(productId, ALICE, 4);

      const [rated, recalculated] = await rating.expectRecorded(
        eventOf(ProductRatedIntegrationEvent, {
          streamId: customerRatingStreamId(productId, ALICE),
          streamVersion: 1,
          causationId: null,
          actor: ALICE,
          payload: { productId, userId: ALICE, stars: 4, previousStars: null },
        }),
        eventOf(ProductRatingRecalculatedIntegrationEvent, {
          streamId: ratingSummaryStreamId(productId),
          streamVersion: 1,
          actor: ALICE,
          payload: { productId, average: 4, count: 1, histogram: histogram({ 4: 1 }) },
        }),
      );
      expect(recalculated).toMatchObject({ causationId: rated.eventId, correlationId: rated.correlationId });
    });

    it("moves a customer's vote when they change their rating, averaging every customer's latest stars", async () => {
      const productId = await knownProduct(rating);
      await rate(productId, ALICE, 4);
      await rate(productId, BOB, 1);

      await rate(productId, ALICE, 5);

      await rating.expectRecorded(
        eventOf(ProductRatedIntegrationEvent, {
          streamId: customerRatingStreamId(productId, ALICE),
          streamVersion: 2,
          payload: { productId, userId: ALICE, stars: 5, previousStars: 4 },
        }),
        eventOf(ProductRatingRecalculatedIntegrationEvent, {
          streamId: ratingSummaryStreamId(productId),
          streamVersion: 3,
          payload: { productId, average: 3, count: 2, histogram: histogram({ 1: 1, 5: 1 }) },
        }),
      );
      expect(await summary(productId)).toMatchObject({ average: 3, count: 2 });
    });

    it('records nothing when a customer gives the same stars again', async () => {
      const productId = await knownProduct(rating);
      await rate(productId, ALICE, 3);

      await rate(productId, ALICE, 3);

      await rating.expectRecorded();
    });

    it('refuses stars outside 1..5 and records nothing', async () => {
      const productId = await knownProduct(rating);

      await expect(rate(productId, ALICE, 6)).rejects.toThrow(InvalidStarsError);
      await expect(rate(productId, ALICE, 2.5)).rejects.toThrow(InvalidStarsError);
      await rating.expectRecorded();
    });

    it('refuses a product it does not know, and records nothing', async () => {
      await expect(rate(randomUUID(), ALICE, 5)).rejects.toThrow(RatedProductNotFoundError);
      await rating.expectRecorded();
    });
  });

  describe('remove rating', () => {
    it('records rating-removed, then the recalculated summary without that vote', async () => {
      const productId = await knownProduct(rating);
      await rate(productId, ALICE, 2);

      await remove(productId, ALICE);

      await rating.expectRecorded(
        eventOf(RatingRemovedIntegrationEvent, {
          streamId: customerRatingStreamId(productId, ALICE),
          streamVersion: 2,
          actor: ALICE,
          payload: { productId, userId: ALICE, previousStars: 2 },
        }),
        eventOf(ProductRatingRecalculatedIntegrationEvent, {
          streamId: ratingSummaryStreamId(productId),
          streamVersion: 2,
          payload: { productId, average: 0, count: 0, histogram: histogram({}) },
        }),
      );
    });

    it('refuses to remove a rating the customer never gave, and records nothing', async () => {
      const productId = await knownProduct(rating);
      await rate(productId, BOB, 5);

      await expect(remove(productId, ALICE)).rejects.toThrow(RatingNotFoundError);
      await rating.expectRecorded();
    });
  });

  describe('on catalog.product-deleted', () => {
    it('records nothing and takes no more ratings for the product', async () => {
      const productId = await knownProduct(rating);
      await rate(productId, ALICE, 5);

      await rating.receive(productDeleted(productId));

      await rating.expectRecorded();
      await expect(rate(productId, BOB, 4)).rejects.toThrow(RatedProductNotFoundError);
      await rating.expectRecorded();
      await expect(summary(productId)).rejects.toThrow(RatedProductNotFoundError);
    });

    it('keeps a product deleted when a duplicate of its creation arrives afterwards', async () => {
      const productId = randomUUID();
      const creation = productCreated(productId);
      await rating.receive(creation);
      await rating.receive(productDeleted(productId));

      await rating.receive(creation);

      await rating.expectRecorded();
      await expect(rate(productId, ALICE, 5)).rejects.toThrow(RatedProductNotFoundError);
    });
  });
});

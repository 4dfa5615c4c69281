import { randomBytes, randomUUID } from 'node:crypto';
import {
  BackInStockIntegrationEvent,
  OutOfStockIntegrationEvent,
  StockReplenishedIntegrationEvent,
  StockReservedIntegrationEvent,
} from '../../src/modules/inventory/contracts';
import { SearchRequest, toSearchCriteria } from '../../src/modules/search/domain/search-criteria';
import { firstPage } from '../../src/modules/search/domain/search-cursor';
import { SearchHit, SearchResult } from '../../src/modules/search/queries/search-hit.view';
import { SearchProductsQuery } from '../../src/modules/search/queries/search-products/search-products.query';
import { ModuleHarness } from '../support/module-harness';
import {
  knownProduct,
  productCreated,
  productDeleted,
  productUpdated,
  ratingRecalculated,
  reviewAdded,
  reviewDeleted,
  reviewUpdated,
  stockEvent,
} from './incoming-events';

/**
 * Search alone: it has no commands and publishes nothing; every other module's events arrive as
 * incoming events, and what it does with them shows only in what a search finds.
 */
describe('search module', () => {
  let search: ModuleHarness;

  beforeAll(async () => {
    search = await ModuleHarness.start('search');
  });

  afterAll(() => search.close());

  /** A word no other product of this file has, so each test finds only its own products. */
  const word = () =>
    randomBytes(5)
      .toString('hex')
      .replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]);

  const find = async (request: SearchRequest): Promise<SearchHit[]> =>
    (await search.query<SearchResult>(new SearchProductsQuery(toSearchCriteria(request), firstPage(50)))).items;

  const found = async (request: SearchRequest): Promise<string[]> => (await find(request)).map((hit) => hit.productId);

  /** A product search knows, named `Desk lamp <name>`. */
  const indexed = (name: string, initialStock = 3) => knownProduct(search, { name: `Desk lamp ${name}`, initialStock });

  describe('on catalog.product-created', () => {
    it('records nothing and makes the product findable by its name, in stock with its initial units', async () => {
      const name = word();
      const productId = randomUUID();

      await search.receive(productCreated(productId, { name: `Desk lamp ${name}` }));

      await search.expectRecorded();
      expect(await find({ q: name })).toEqual([
        expect.objectContaining({
          productId,
          name: `Desk lamp ${name}`,
          inStock: true,
          rating: { average: 0, count: 0 },
        }),
      ]);
    });

    it('leaves a product created without stock out of in-stock searches', async () => {
      const name = word();
      const productId = await indexed(name, 0);

      expect(await found({ q: name })).toEqual([productId]);
      expect(await found({ q: name, inStock: true })).toEqual([]);
    });
  });

  describe('on catalog.product-updated', () => {
    it('records nothing and finds the product by its new name only', async () => {
      const [before, after] = [word(), word()];
      const productId = await indexed(before);

      await search.receive(productUpdated(productId, 2, { name: `Floor lamp ${after}` }));

      await search.expectRecorded();
      expect(await found({ q: after })).toEqual([productId]);
      expect(await found({ q: before })).toEqual([]);
    });

    it('ignores an older snapshot arriving after a newer one', async () => {
      const [older, newer] = [word(), word()];
      const productId = await indexed(word());
      await search.receive(productUpdated(productId, 3, { name: `Lamp ${newer}` }));

      await search.receive(productUpdated(productId, 2, { name: `Lamp ${older}` }));

      await search.expectRecorded();
      expect(await found({ q: newer })).toEqual([productId]);
      expect(await found({ q: older })).toEqual([]);
    });
  });

  describe('on catalog.product-deleted', () => {
    it('records nothing and the product is found no more, even when an older update arrives afterwards', async () => {
      const name = word();
      const productId = await indexed(name);

      await search.receive(productDeleted(productId, 3));
      await search.receive(productUpdated(productId, 2, { name: `Desk lamp ${name}` }));

      await search.expectRecorded();
      expect(await found({ q: name })).toEqual([]);
    });
  });

  describe('on reviews events', () => {
    const review = (productId: string, reviewId: string, body: string) => ({
      reviewId,
      productId,
      authorId: 'customer-alice',
      title: 'Honest opinion',
      body,
    });

    it('review-added makes the product findable by the words of the review', async () => {
      const said = word();
      const productId = await indexed(word());

      await search.receive(reviewAdded(review(productId, randomUUID(), `It hums like a ${said}.`)));

      await search.expectRecorded();
      expect(await found({ q: said })).toEqual([productId]);
    });

    it("review-updated replaces the review's words", async () => {
      const [first, second] = [word(), word()];
      const productId = await indexed(word());
      const reviewId = randomUUID();
      await search.receive(reviewAdded(review(productId, reviewId, `Reminds me of ${first}.`)));

      await search.receive(reviewUpdated(2, review(productId, reviewId, `Reminds me of ${second}.`)));

      await search.expectRecorded();
      expect(await found({ q: second })).toEqual([productId]);
      expect(await found({ q: first })).toEqual([]);
    });

    it("review-deleted removes the review's words, and a duplicate of its addition does not bring them back", async () => {
      const said = word();
      const productId = await indexed(word());
      const added = reviewAdded(review(productId, randomUUID(), `Pure ${said}.`));
      await search.receive(added);

      await search.receive(
        reviewDeleted(2, { ...review(productId, added.payload.reviewId, ''), deletedBy: 'product-deleted' }),
      );
      await search.receive(added);

      await search.expectRecorded();
      expect(await found({ q: said })).toEqual([]);
    });
  });

  describe('on rating.product-rating-recalculated', () => {
    it('records nothing and filters and shows by the new rating; an older summary is ignored', async () => {
      const name = word();
      const productId = await indexed(name);

      await search.receive(ratingRecalculated(productId, 2, { 4: 1, 5: 1 }));
      await search.receive(ratingRecalculated(productId, 1, { 1: 1 }));

      await search.expectRecorded();
      expect(await find({ q: name, minRating: 4.5 })).toEqual([
        expect.objectContaining({ productId, rating: { average: 4.5, count: 2 } }),
      ]);
      expect(await found({ q: name, minRating: 4.6 })).toEqual([]);
    });
  });

  describe('on inventory stock events', () => {
    const levels = (productId: string, onHand: number, available: number) => ({ productId, onHand, available });

    it('out-of-stock leaves the product out of in-stock searches and back-in-stock brings it back', async () => {
      const name = word();
      const productId = await indexed(name, 1);

      await search.receive(stockEvent(OutOfStockIntegrationEvent, 2, levels(productId, 1, 0)));
      await search.expectRecorded();
      expect(await found({ q: name, inStock: true })).toEqual([]);
      expect(await found({ q: name, inStock: false })).toEqual([productId]);

      await search.receive(stockEvent(BackInStockIntegrationEvent, 4, levels(productId, 3, 3)));
      await search.expectRecorded();
      expect(await found({ q: name, inStock: true })).toEqual([productId]);
    });

    it('stock-reserved and stock-replenished carry the levels after them', async () => {
      const name = word();
      const productId = await indexed(name, 0);

      await search.receive(
        stockEvent(StockReplenishedIntegrationEvent, 1, { ...levels(productId, 2, 2), quantity: 2 }),
      );
      expect(await found({ q: name, inStock: true })).toEqual([productId]);

      await search.receive(
        stockEvent(StockReservedIntegrationEvent, 3, {
          ...levels(productId, 2, 0),
          reservationId: randomUUID(),
          customerId: 'customer-bob',
          quantity: 2,
        }),
      );
      await search.expectRecorded();
      expect(await found({ q: name, inStock: true })).toEqual([]);
    });
  });
});

import { consumerNameOf, moduleOfConsumer } from './consumer-name';

describe('consumer names', () => {
  it('are the module and the intent of an <Intent>On<Fact>Handler, in kebab case', () => {
    expect(consumerNameOf('search', 'IndexProductOnProductCreatedHandler')).toBe('search.index-product');
    expect(consumerNameOf('rating', 'RecalculateSummaryOnRatingChangedHandler')).toBe('rating.recalculate-summary');
    expect(consumerNameOf('things', 'ApplyV2PriceOnThingHandler')).toBe('things.apply-v2-price');
  });

  it('split intent from fact at the first "On" that starts a word', () => {
    expect(consumerNameOf('things', 'CountOnlineViewsOnThingViewedHandler')).toBe('things.count-online-views');
  });

  it.each(['ProductCreatedHandler', 'IndexProductOnProductCreated', 'indexOnThingHandler', 'OnThingHandler'])(
    'refuse a handler class named %s',
    (className) => {
      expect(() => consumerNameOf('things', className)).toThrow(/must be named <Intent>On<Fact>Handler/);
    },
  );

  it('give back the module of a consumer', () => {
    expect(moduleOfConsumer('search.index-product')).toBe('search');
  });
});

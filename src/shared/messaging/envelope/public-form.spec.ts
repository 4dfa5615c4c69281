import { EventEnvelope } from '../integration-event';
import { pickPublic, toPublicEvent } from './public-form';

const envelope = (type: string, payload: unknown): EventEnvelope => ({
  eventId: '01900000-0000-7000-8000-000000000001',
  type,
  streamId: 'catalog.product:p1',
  streamVersion: 2,
  occurredAt: '2025-01-02T03:04:05.678Z',
  correlationId: 'request-of-user-42',
  causationId: 'event-of-user-42',
  actor: 'user-42',
  payload,
});

describe('toPublicEvent', () => {
  it('keeps the identity and stream position of an allow-listed event but drops actor, correlation and causation', () => {
    const product = {
      productId: 'p1',
      sku: 'SKU-1',
      name: 'Mug',
      description: 'Blue',
      price: { amount: 1200, currency: 'EUR' },
    };
    expect(toPublicEvent(envelope('catalog.product-updated.v1', { ...product, version: 2 }))).toEqual({
      eventId: '01900000-0000-7000-8000-000000000001',
      type: 'catalog.product-updated.v1',
      occurredAt: '2025-01-02T03:04:05.678Z',
      streamId: 'catalog.product:p1',
      streamVersion: 2,
      payload: { ...product, version: 2 },
    });
  });

  it('copies only the listed payload fields, also inside nested objects', () => {
    const event = toPublicEvent(
      envelope('catalog.product-created.v2', {
        productId: 'p1',
        sku: 'SKU-1',
        name: 'Mug',
        description: 'Blue',
        price: { amount: 1200, currency: 'EUR', costPrice: 300 },
        initialStock: 7,
        categories: ['kitchen'],
        createdBy: 'user-42',
      }),
    );
    expect(event?.payload).toEqual({
      productId: 'p1',
      sku: 'SKU-1',
      name: 'Mug',
      description: 'Blue',
      price: { amount: 1200, currency: 'EUR' },
      categories: ['kitchen'],
    });
  });

  it('publishes nothing for events about customers or of unknown types', () => {
    const review = { reviewId: 'r1', productId: 'p1', authorId: 'user-42', title: 't', body: 'b' };
    expect(toPublicEvent(envelope('reviews.review-added.v1', review))).toBeUndefined();
    expect(
      toPublicEvent(envelope('rating.product-rated.v1', { productId: 'p1', userId: 'user-42', stars: 5 })),
    ).toBeUndefined();
    expect(toPublicEvent(envelope('inventory.stock-reserved.v1', { productId: 'p1' }))).toBeUndefined();
    expect(toPublicEvent(envelope('toString', {}))).toBeUndefined();
  });
});

describe('pickPublic', () => {
  it('leaves out a field whose value is not of the allowed kind instead of copying it whole', () => {
    const shape = { name: true, price: { amount: true } } as const;
    expect(pickPublic({ name: { userId: 'user-42' }, price: 'free' }, shape)).toEqual({});
    expect(pickPublic({ name: ['a', { userId: 'user-42' }] }, shape)).toEqual({});
  });
});

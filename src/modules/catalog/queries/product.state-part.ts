import { EventEnvelope, Type } from '../../../shared/messaging/integration-event';
import { statePart } from '../../../shared/modularity/state-part';
import {
  MoneyPayload,
  ProductCreatedV2IntegrationEvent,
  ProductCreatedV2Payload,
  ProductDeletedIntegrationEvent,
  ProductUpdatedIntegrationEvent,
  ProductUpdatedPayload,
} from '../contracts';
import { ProductFact, ProductRecord, evolveProduct } from '../domain/product-history';

type Envelope = EventEnvelope<Record<string, unknown>>;

function factOf({ type, payload, streamVersion }: Envelope): ProductFact {
  if (type === ProductCreatedV2IntegrationEvent.type) {
    const { productId, sku, name, description, price, initialStock, categories } = payload as ProductCreatedV2Payload;
    return {
      kind: 'created',
      version: streamVersion,
      product: { id: productId, sku, name, description, price, initialStock, categories },
    };
  }
  if (type === ProductUpdatedIntegrationEvent.type) {
    const { sku, name, description, price } = payload as ProductUpdatedPayload;
    return { kind: 'updated', version: streamVersion, changes: { sku, name, description, price } };
  }
  return { kind: 'deleted', version: streamVersion };
}

/** The catalog's fields of a product at a point in time; it owns the product's lifecycle. */
export const PRODUCT_STATE_PART = statePart({
  subject: 'product',
  name: 'catalog',
  inline: true,
  events: [ProductCreatedV2IntegrationEvent, ProductUpdatedIntegrationEvent, ProductDeletedIntegrationEvent],
  initial: null as ProductRecord | null,
  evolve: (product, event) => evolveProduct(product, factOf(event)),
  view: (product) =>
    product && {
      sku: product.sku,
      name: product.name,
      description: product.description,
      price: product.price,
      categories: product.categories,
      version: product.version,
    },
  schema: Type.Object({
    sku: Type.String({ example: 'LAMP-1' }),
    name: Type.String({ example: 'Desk lamp' }),
    description: Type.String({ example: 'Warm, dimmable light' }),
    price: Type.Object(
      { amount: MoneyPayload.properties.amount, currency: MoneyPayload.properties.currency },
      { example: { amount: 2599, currency: 'EUR' } },
    ),
    categories: Type.Array(Type.String(), { example: ['lighting'] }),
    version: Type.Integer({ minimum: 1, description: 'Version of the catalog product at that time' }),
  }),
  phase: (product) => (product === null ? 'not-created' : product.deleted ? 'deleted' : 'live'),
});

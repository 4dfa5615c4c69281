import { Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import { ALL_CONSUMERS, ALL_EVENTS } from '../../src/module-registry';
import { EventRegistry, InvalidEventError } from '../../src/shared/messaging/envelope/event-registry';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import { eventually } from '../support/eventually';
import { TestApp, startTestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';

/** Spectral severities: 0 error, 1 warning, 2 information, 3 hint. */
const WARNING = 1;

describe('AsyncAPI document of the integration events', () => {
  let app: TestApp;
  let document: any;

  beforeAll(async () => {
    app = await startTestApp({ APP_MODULES: 'catalog' });
    const response = await app.api.get('/docs/asyncapi.json');
    expect(response.status).toBe(200);
    document = response.body;
  });

  afterAll(() => app?.close());

  it('is a valid AsyncAPI 3 document for the official parser', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    expect(diagnostics.filter((diagnostic) => diagnostic.severity <= WARNING)).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
    expect(
      parsed
        ?.channels()
        .all()
        .map((channel) => channel.address()),
    ).toEqual(expect.arrayContaining(['catalog.product-created.v2', 'reviews.review-added.v1']));
  });

  it('has a channel on the events exchange for every registered event type', () => {
    const types = new EventRegistry(ALL_EVENTS).types();
    const internal = Object.keys(document.channels).filter((id) => !id.startsWith('public.'));
    expect(internal.sort()).toEqual(types);
    for (const type of types) {
      expect(document.channels[type]).toMatchObject({
        address: type,
        bindings: { amqp: { is: 'routingKey', exchange: { name: 'ecomm.events', type: 'topic' } } },
      });
    }
  });

  it('has a channel on the public exchange for exactly the events whose contract declares a public shape', () => {
    const published = ALL_EVENTS.filter((eventClass) => eventClass.publicShape !== undefined).map(
      (eventClass) => eventClass.type,
    );
    expect(published.length).toBeGreaterThan(0);
    const publicIds = Object.keys(document.channels).filter((id) => id.startsWith('public.'));
    expect(publicIds.sort()).toEqual(published.map((type) => `public.${type}`).sort());
    for (const type of published) {
      expect(document.channels[`public.${type}`]).toMatchObject({
        address: type,
        bindings: { amqp: { is: 'routingKey', exchange: { name: 'ecomm.public', type: 'topic' } } },
      });
      const payload = document.components.messages[`public.${type}`].payload;
      expect(payload.additionalProperties).toBe(false);
      expect(Object.keys(payload.properties.payload.properties).sort()).toEqual(
        Object.keys(ALL_EVENTS.find((eventClass) => eventClass.type === type)!.publicShape!).sort(),
      );
    }
  });

  it('requires the stream id, correlation id and trace context headers on every internal message', () => {
    for (const type of new EventRegistry(ALL_EVENTS).types()) {
      expect(document.components.messages[type].headers.required).toEqual(
        expect.arrayContaining(['x-stream-id', 'correlationId', 'traceparent']),
      );
    }
  });

  it('names the publisher and every consuming module, including modules this process does not host', () => {
    const operations = Object.values<any>(document.operations).filter(
      (operation) => operation.channel.$ref === '#/channels/catalog.product-created.v2',
    );
    expect(
      operations.filter((operation) => operation.action === 'send').map((operation) => operation['x-module']),
    ).toEqual(['catalog']);
    const receivers = operations.filter((operation) => operation.action === 'receive');
    expect(receivers.map((operation) => operation['x-module'])).toEqual([
      'catalog',
      'inventory',
      'rating',
      'reviews',
      'search',
    ]);
    expect(receivers.find((operation) => operation['x-module'] === 'search')['x-consumers']).toEqual([
      'search.index-product',
    ]);
  });

  it('tells best-effort telemetry from effectively-once events, and superseded versions from current ones', () => {
    const messages = document.components.messages;
    expect(messages['catalog.product-detail-viewed.v1']['x-delivery']).toBe('best-effort');
    expect(messages['reviews.review-added.v1']['x-delivery']).toBe('effectively-once');
    expect(messages['catalog.product-created.v1']['x-superseded-by']).toBe('catalog.product-created.v2');
    expect(messages['catalog.product-created.v2']['x-superseded-by']).toBeUndefined();
    const publishes = (type: string) =>
      Object.values<any>(document.operations).some(
        (operation) => operation.action === 'send' && operation.channel.$ref === `#/channels/${type}`,
      );
    expect(publishes('catalog.product-created.v1')).toBe(false);
  });

  it('has no consumer bound to a superseded version, which would never be called', () => {
    const registry = new EventRegistry(ALL_EVENTS);
    const stale = ALL_CONSUMERS.flatMap(({ consumer, eventClasses }) =>
      eventClasses
        .filter(({ type }) => registry.currentTypeOf(type) !== type)
        .map(({ type }) => `${consumer} handles ${type}`),
    );
    expect(stale).toEqual([]);
  });

  describe('payload schemas and runtime validation agree', () => {
    const registry = new EventRegistry(ALL_EVENTS);
    const ajv = new Ajv({ strict: false });
    const documented = (type: string) => ajv.compile(document.components.messages[type].payload);
    const envelope = (type: string, payload: unknown) => ({
      eventId: uuidV7(),
      type,
      streamId: 'x:1',
      streamVersion: 1,
      occurredAt: new Date().toISOString(),
      correlationId: 'c',
      causationId: null,
      actor: 'system',
      payload,
    });

    it('documents exactly the schema each event class validates with', () => {
      for (const eventClass of registry.all()) {
        const payload = document.components.messages[eventClass.type].payload.properties.payload;
        expect(payload).toEqual(JSON.parse(JSON.stringify(eventClass.payloadSchema)));
      }
    });

    it.each(new EventRegistry(ALL_EVENTS).types())('rejects in the document what the runtime rejects: %s', (type) => {
      for (const payload of [{}, { productId: 42 }, []]) {
        expect(() => registry.parse(envelope(type, payload))).toThrow(InvalidEventError);
        expect(documented(type)(envelope(type, payload))).toBe(false);
      }
    });

    it('accepts in the document every event the platform actually recorded', async () => {
      const admin = await tokenFor('admin-1', { admin: true });
      await app.api.post(
        '/api/v1/products',
        {
          sku: 'DOC-1',
          name: 'Lamp',
          description: '',
          price: { amount: 100, currency: 'EUR' },
          initialStock: 1,
          categories: ['lighting'],
        },
        { token: admin },
      );
      const rows = await eventually(
        () =>
          app.query(
            `SELECT event_id, type, stream_id, stream_version, occurred_at, correlation_id, causation_id, actor, payload FROM messaging.event_store`,
          ),
        (found) => found.length > 0,
        { what: 'recorded events' },
      );
      for (const row of rows) {
        const stored = {
          eventId: row.event_id,
          type: row.type,
          streamId: row.stream_id,
          streamVersion: row.stream_version,
          occurredAt: new Date(row.occurred_at).toISOString(),
          correlationId: row.correlation_id,
          causationId: row.causation_id,
          actor: row.actor,
          payload: row.payload,
        };
        expect(documented(row.type)(stored)).toBe(true);
        expect(() => registry.parse(stored)).not.toThrow();
      }
    });
  });
});

import { Module } from '@nestjs/common';
import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../shared/messaging/consumers/on-integration-event.decorator';
import { EventRegistry } from '../../shared/messaging/envelope/event-registry';
import { IntegrationEvent, Type, upcastFrom } from '../../shared/messaging/integration-event';
import { buildAsyncApiDocument, messageSchema } from './asyncapi-document';
import { declareConsumers } from '../../shared/messaging/consumers/consumer-declarations';

class ThingMadeV1 extends IntegrationEvent<{ name: string }> {
  static override readonly type = 'things.thing-made.v1';
  static override readonly description = 'A thing was made.';
  static override readonly payloadSchema = Type.Object({ name: Type.String() });
}

class ThingMadeV2 extends IntegrationEvent<{ name: string; size: number }> {
  static override readonly type = 'things.thing-made.v2';
  static override readonly description = 'A thing was made, with its size.';
  static override readonly payloadSchema = Type.Object({ name: Type.String(), size: Type.Integer() });
  static override readonly upcastFrom = upcastFrom(ThingMadeV1, ({ payload }) => ({ ...payload, size: 0 }));
}

class ThingSeen extends IntegrationEvent<{ name: string }> {
  static override readonly type = 'things.thing-seen.v1';
  static override readonly delivery = 'best-effort' as const;
  static override readonly payloadSchema = Type.Object({ name: Type.Optional(Type.String()) });
}

@OnIntegrationEvent([ThingMadeV2, ThingSeen])
class StockThingsOnThingChangedHandler implements IntegrationEventHandler<ThingMadeV2 | ThingSeen> {
  async handle(): Promise<void> {}
}

@OnIntegrationEvent(ThingMadeV2)
class IndexThingsOnThingMadeHandler implements IntegrationEventHandler<ThingMadeV2> {
  async handle(): Promise<void> {}
}

@OnIntegrationEvent(ThingMadeV2)
class CountThingsOnThingMadeHandler implements IntegrationEventHandler<ThingMadeV2> {
  async handle(): Promise<void> {}
}

class NotAHandler {}

@Module({ providers: [CountThingsOnThingMadeHandler] })
class ShelfCountingModule {}

@Module({
  imports: [ShelfCountingModule],
  providers: [{ provide: 'indexer', useClass: IndexThingsOnThingMadeHandler }, NotAHandler],
})
class ShelfModule {}

@Module({ providers: [StockThingsOnThingChangedHandler] })
class StockModule {}

describe('AsyncAPI document', () => {
  const registry = new EventRegistry([ThingMadeV2, ThingSeen]);
  const consumers = declareConsumers([
    { name: 'stock', nestModule: StockModule },
    { name: 'shelf', nestModule: ShelfModule },
  ]).map(({ consumer, module, eventClasses }) => ({ consumer, module, types: eventClasses.map(({ type }) => type) }));
  const document = buildAsyncApiDocument({
    version: '1.2.3',
    exchange: 'shop.events',
    publicExchange: 'shop.public',
    natsPrefix: 'shop',
    events: registry.all(),
    currentTypeOf: (type) => registry.currentTypeOf(type),
    consumers,
  }) as any;

  it('uses the very payload schema object each event class is validated with', () => {
    for (const eventClass of registry.all()) {
      expect(document.components.messages[eventClass.type].payload.properties.payload).toBe(eventClass.payloadSchema);
      expect(document.components.messages[eventClass.type].payload).toEqual(messageSchema(eventClass));
    }
  });

  it('describes one send by the owning module and one receive per consuming module', () => {
    const operations = Object.entries<any>(document.operations)
      .filter(([, operation]) => operation.channel.$ref === '#/channels/things.thing-made.v2')
      .map(([id, operation]) => [id, operation.action, operation['x-module'], operation['x-consumers']]);
    expect(operations).toEqual([
      ['things.thing-made.v2.send', 'send', 'things', undefined],
      ['things.thing-made.v2.receive.shelf', 'receive', 'shelf', ['shelf.count-things', 'shelf.index-things']],
      ['things.thing-made.v2.receive.stock', 'receive', 'stock', ['stock.stock-things']],
    ]);
  });

  it('keeps a superseded version as a channel nobody publishes, pointing at its successor', () => {
    expect(document.components.messages['things.thing-made.v1']['x-superseded-by']).toBe('things.thing-made.v2');
    expect(document.channels['things.thing-made.v1'].description).toMatch(/Superseded by things.thing-made.v2/);
    expect(Object.keys(document.operations).filter((id) => id.startsWith('things.thing-made.v1'))).toEqual([]);
  });

  it('marks telemetry as best-effort and routes by wire type on the configured exchange', () => {
    expect(document.components.messages['things.thing-seen.v1']['x-delivery']).toBe('best-effort');
    expect(document.operations['things.thing-seen.v1.send'].bindings.amqp.deliveryMode).toBe(1);
    expect(document.operations['things.thing-made.v2.send'].bindings.amqp.deliveryMode).toBe(2);
    expect(document.channels['things.thing-seen.v1'].bindings.amqp).toMatchObject({
      is: 'routingKey',
      exchange: { name: 'shop.events', type: 'topic' },
    });
    expect(document.info.version).toBe('1.2.3');
  });

  it('describes the NATS binding: the partitioned subject of each type, and the server', () => {
    expect(document.channels['things.thing-seen.v1']['x-nats-subject']).toBe(
      'shop.events.{partition}.things.thing-seen.v1',
    );
    expect(document.channels['things.thing-seen.v1'].bindings.nats).toEqual({});
    expect(document.operations['things.thing-made.v2.send'].bindings.nats).toEqual({ bindingVersion: '0.1.0' });
    expect(document.servers.nats).toMatchObject({ protocol: 'nats' });
    expect(document.info.description).toMatch(/`shop.events.\{partition\}.<type>`.*`Nats-Msg-Id` = event id/s);
  });
});

import { Module } from '@nestjs/common';
import { defineProjection } from '../../projections/projection';
import { IntegrationEvent, Type } from '../integration-event';
import { declareConsumers, typesByModule } from './consumer-declarations';
import { IntegrationEventHandler, OnIntegrationEvent } from './on-integration-event.decorator';

class ThingMade extends IntegrationEvent<{ name: string }> {
  static override readonly type = 'things.thing-made.v1';
  static override readonly payloadSchema = Type.Object({ name: Type.String() });
}
class ThingSeen extends IntegrationEvent<{ name: string }> {
  static override readonly type = 'things.thing-seen.v1';
  static override readonly payloadSchema = Type.Object({ name: Type.String() });
}

const SHELF_INDEX = defineProjection({ name: 'shelf-index', tables: ['shelf.index'] });
const OTHER_INDEX = defineProjection({ name: 'other-index', tables: ['shelf.other'] });

@OnIntegrationEvent([ThingMade, ThingSeen])
class StockThingsOnThingChangedHandler implements IntegrationEventHandler<ThingMade> {
  async handle(): Promise<void> {}
}

@OnIntegrationEvent(ThingMade, { projection: SHELF_INDEX })
class IndexThingsOnThingMadeHandler implements IntegrationEventHandler<ThingMade> {
  async handle(): Promise<void> {}
}

@OnIntegrationEvent(ThingSeen)
class CountThingsOnThingSeenHandler implements IntegrationEventHandler<ThingSeen> {
  async handle(): Promise<void> {}
}

class NotAHandler {}

@Module({ providers: [CountThingsOnThingSeenHandler] })
class ShelfCountingModule {}

@Module({
  imports: [ShelfCountingModule],
  providers: [{ provide: 'indexer', useClass: IndexThingsOnThingMadeHandler }, NotAHandler],
})
class ShelfModule {}

@Module({ providers: [StockThingsOnThingChangedHandler] })
class StockModule {}

describe('consumer declarations', () => {
  it('are found in the provider lists of Nest modules and the modules they import, named after the handler', () => {
    const declarations = declareConsumers([
      { name: 'stock', nestModule: StockModule },
      { name: 'shelf', nestModule: ShelfModule, projections: [SHELF_INDEX] },
    ]);
    expect(declarations.map(({ consumer, module, projection }) => [consumer, module, projection?.name])).toEqual([
      ['stock.stock-things', 'stock', undefined],
      ['shelf.index-things', 'shelf', 'shelf-index'],
      ['shelf.count-things', 'shelf', undefined],
    ]);
    expect(typesByModule(declarations)).toEqual(
      new Map([
        ['stock', ['things.thing-made.v1', 'things.thing-seen.v1']],
        ['shelf', ['things.thing-made.v1', 'things.thing-seen.v1']],
      ]),
    );
  });

  it('fail when a handler feeds a projection its module does not declare', () => {
    expect(() => declareConsumers([{ name: 'shelf', nestModule: ShelfModule, projections: [] }])).toThrow(
      'IndexThingsOnThingMadeHandler feeds projection shelf-index, which module shelf does not declare',
    );
  });

  it('fail when a declared projection has no handler feeding it', () => {
    expect(() =>
      declareConsumers([{ name: 'shelf', nestModule: ShelfModule, projections: [SHELF_INDEX, OTHER_INDEX] }]),
    ).toThrow('projection other-index of module shelf has no handler feeding it');
  });

  it('fail when a handler breaks the <Intent>On<Fact>Handler naming rule', () => {
    @OnIntegrationEvent(ThingMade)
    class ThingMadeHandler implements IntegrationEventHandler<ThingMade> {
      async handle(): Promise<void> {}
    }
    @Module({ providers: [ThingMadeHandler] })
    class BadModule {}
    expect(() => declareConsumers([{ name: 'bad', nestModule: BadModule }])).toThrow(
      'event handler ThingMadeHandler of module bad must be named <Intent>On<Fact>Handler',
    );
  });

  it('fail when two handlers of one module would share a consumer name', () => {
    @OnIntegrationEvent(ThingMade)
    class CountThingsOnThingMadeHandler implements IntegrationEventHandler<ThingMade> {
      async handle(): Promise<void> {}
    }
    @Module({ providers: [CountThingsOnThingMadeHandler, CountThingsOnThingSeenHandler] })
    class TwinModule {}
    expect(() => declareConsumers([{ name: 'twin', nestModule: TwinModule }])).toThrow(
      'two handlers of module twin are both consumer twin.count-things',
    );
  });
});

import { Controller, Delete, Get, Module } from '@nestjs/common';
import { CommandHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { Entity, PrimaryColumn } from 'typeorm';
import { AdminOnly } from '../../shared/auth/auth.decorators';
import { OnIntegrationEvent } from '../../shared/messaging/consumers/on-integration-event.decorator';
import { IntegrationEvent, Type } from '../../shared/messaging/integration-event';
import { ModuleDefinition } from '../../shared/modularity/module-definition';
import { collectModuleFacts } from './module-facts';

class ShelfStockedEvent extends IntegrationEvent {
  static override readonly type = 'shelves.shelf-stocked.v1';
  static override readonly payloadSchema = Type.Object({});
  static override readonly description = 'A shelf was stocked.';
}
class ShelfViewedEvent extends IntegrationEvent {
  static override readonly type = 'shelves.shelf-viewed.v1';
  static override readonly payloadSchema = Type.Object({});
  static override readonly delivery = 'best-effort' as const;
}

class StockShelfCommand {}
class GetShelfQuery {}

@CommandHandler(StockShelfCommand)
class StockShelfHandler {}

@QueryHandler(GetShelfQuery)
class GetShelfHandler {}

@Controller('shelves/:id')
class ShelvesController {
  @Get()
  @ApiOperation({ summary: 'Get a shelf' })
  get() {}

  @Delete()
  @AdminOnly()
  remove() {}
}

@Entity({ schema: 'shelves', name: 'shelves' })
class ShelfEntity {
  @PrimaryColumn('uuid')
  id!: string;
}

class CreateShelvesSchema1 {
  async up(db: { query(sql: string): Promise<unknown> }) {
    await db.query(`CREATE TABLE shelves.shelves (id uuid PRIMARY KEY)`);
    await db.query(`CREATE TABLE IF NOT EXISTS shelves.temporary (id uuid)`);
    await db.query(`CREATE TABLE shelves.counters (id uuid PRIMARY KEY)`);
  }
}
class DropTemporary2 {
  async up(db: { query(sql: string): Promise<unknown> }) {
    await db.query(`DROP TABLE shelves.temporary`);
  }
}

@OnIntegrationEvent([ShelfStockedEvent, ShelfViewedEvent])
class AuditShelvesOnShelfChangedHandler {}

@Module({ controllers: [ShelvesController], providers: [StockShelfHandler, GetShelfHandler] })
class ShelvesModule {}

@Module({ providers: [AuditShelvesOnShelfChangedHandler, { provide: 'config', useValue: {} }] })
class AuditModule {}

const shelves: ModuleDefinition = {
  name: 'shelves' as ModuleDefinition['name'],
  nestModule: ShelvesModule,
  entities: [ShelfEntity],
  migrations: [CreateShelvesSchema1, DropTemporary2],
  events: [ShelfStockedEvent, ShelfViewedEvent],
};
const audit: ModuleDefinition = {
  name: 'audit' as ModuleDefinition['name'],
  nestModule: AuditModule,
  entities: [],
  migrations: [],
  events: [],
};

describe('collectModuleFacts', () => {
  const [auditFacts, shelvesFacts] = collectModuleFacts([shelves, audit]);

  it('lists modules by name', () => {
    expect([auditFacts.name, shelvesFacts.name]).toEqual(['audit', 'shelves']);
  });

  it('finds commands and queries from the handlers registered as providers', () => {
    expect(shelvesFacts.commands).toEqual([{ message: 'StockShelfCommand', handler: 'StockShelfHandler' }]);
    expect(shelvesFacts.queries).toEqual([{ message: 'GetShelfQuery', handler: 'GetShelfHandler' }]);
  });

  it('finds routes with the API prefix, OpenAPI-style parameters, summary and who may call them', () => {
    expect(shelvesFacts.routes).toEqual([
      { method: 'DELETE', path: '/api/v1/shelves/{id}', summary: '', access: 'admin' },
      { method: 'GET', path: '/api/v1/shelves/{id}', summary: 'Get a shelf', access: 'anyone' },
    ]);
  });

  it('links published events to their consumers in other modules, by consumer name', () => {
    expect(shelvesFacts.publishes.map(({ type, delivery, consumers }) => ({ type, delivery, consumers }))).toEqual([
      { type: 'shelves.shelf-stocked.v1', delivery: 'effectively-once', consumers: ['audit.audit-shelves'] },
      { type: 'shelves.shelf-viewed.v1', delivery: 'best-effort', consumers: ['audit.audit-shelves'] },
    ]);
    expect(auditFacts.consumes.map(({ eventType, producer, consumer }) => ({ eventType, producer, consumer }))).toEqual(
      [
        { eventType: 'shelves.shelf-stocked.v1', producer: 'shelves', consumer: 'audit.audit-shelves' },
        { eventType: 'shelves.shelf-viewed.v1', producer: 'shelves', consumer: 'audit.audit-shelves' },
      ],
    );
  });

  it('owns the tables its migrations leave behind, with the entity that maps each', () => {
    expect(shelvesFacts.tables).toEqual([
      { table: 'shelves.counters', entity: undefined, createdBy: 'CreateShelvesSchema1' },
      { table: 'shelves.shelves', entity: 'ShelfEntity', createdBy: 'CreateShelvesSchema1' },
    ]);
  });
});

import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '../../src/shared/config/config.module';
import { loadAppConfig } from '../../src/load-app-config';
import { DatabaseModule } from '../../src/shared/database/database.module';
import { OpenDatabase, openDatabase } from '../../src/shared/database/open-database';
import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../src/shared/messaging/consumers/on-integration-event.decorator';
import { IntegrationEvent, JsonSchema } from '../../src/shared/messaging/integration-event';
import { MessagingModule } from '../../src/shared/messaging/messaging.module';
import { MESSAGING_MIGRATIONS } from '../../src/shared/messaging/migrations';
import { RabbitMqServer } from '../../src/shared/messaging/transports/rabbitmq/rabbitmq.server';
import { EVENT_TRANSPORT, EventTransport } from '../../src/shared/messaging/transports/transport-adapter';
import { Transaction } from '../../src/shared/messaging/outbox/unit-of-work';

const thingSchema: JsonSchema = {
  type: 'object',
  required: ['thingId', 'n'],
  properties: { thingId: { type: 'string' }, n: { type: 'integer' } },
};

export class ThingHappenedIntegrationEvent extends IntegrationEvent<{ thingId: string; n: number }> {
  static override readonly type = 'things.thing-happened.v1';
  static override readonly payloadSchema = thingSchema;
}

export class ThingUpdatedIntegrationEvent extends IntegrationEvent<{ thingId: string; n: number }> {
  static override readonly type = 'things.thing-updated.v1';
  static override readonly payloadSchema = thingSchema;
}

/** Failure injection for the effects consumer: how many times to throw before succeeding (Infinity = always). */
export const faults = { failuresBeforeSuccess: 0, attemptsSeen: 0 };

@OnIntegrationEvent(ThingHappenedIntegrationEvent, { consumer: 'things.effects' })
export class RecordEffectHandler implements IntegrationEventHandler<ThingHappenedIntegrationEvent> {
  async handle(event: ThingHappenedIntegrationEvent, tx: Transaction): Promise<void> {
    faults.attemptsSeen++;
    if (faults.attemptsSeen <= faults.failuresBeforeSuccess) throw new Error(`injected failure ${faults.attemptsSeen}`);
    await tx.manager.query(`INSERT INTO public.effects (event_id, thing_id) VALUES ($1, $2)`, [
      event.envelope.eventId,
      event.payload.thingId,
    ]);
  }
}

/**
 * A projection that keeps the last version per stream and records every event that arrives out
 * of `streamVersion` order, so a test can tell "converged" from "applied in order".
 */
@OnIntegrationEvent(ThingUpdatedIntegrationEvent, { consumer: 'things.projection' })
export class ProjectThingHandler implements IntegrationEventHandler<ThingUpdatedIntegrationEvent> {
  async handle(event: ThingUpdatedIntegrationEvent, tx: Transaction): Promise<void> {
    const { streamId, streamVersion } = event.envelope;
    const rows: { version: number }[] = await tx.manager.query(
      `SELECT version FROM public.thing_projection WHERE stream_id = $1 FOR UPDATE`,
      [streamId],
    );
    const previous = rows[0]?.version ?? 0;
    if (previous !== streamVersion - 1) {
      await tx.manager.query(`INSERT INTO public.order_violations (stream_id, version, previous) VALUES ($1, $2, $3)`, [
        streamId,
        streamVersion,
        previous,
      ]);
    }
    await tx.manager.query(
      `INSERT INTO public.thing_projection (stream_id, version) VALUES ($1, $2)
       ON CONFLICT (stream_id) DO UPDATE SET version = GREATEST(thing_projection.version, EXCLUDED.version)`,
      [streamId, streamVersion],
    );
  }
}

@Module({ providers: [RecordEffectHandler, ProjectThingHandler] })
class ThingsModule {}

export interface RabbitMqTestApp {
  context: INestApplicationContext;
  database: OpenDatabase;
  transport: EventTransport;
  server: RabbitMqServer;
  close(): Promise<void>;
}

/**
 * The messaging core on the RabbitMQ transport with two test consumers (module "things"), on a real
 * database and broker. The consumer microservice is started the way `bootstrap.ts` starts it, minus HTTP.
 */
export async function startRabbitMqTestApp(
  databaseUrl: string,
  broker: { url: string; prefix: string },
  env: Record<string, string> = {},
): Promise<RabbitMqTestApp> {
  const config = loadAppConfig({
    DATABASE_URL: databaseUrl,
    APP_MODULES: 'catalog',
    EVENT_TRANSPORT: 'rabbitmq',
    RABBITMQ_URL: broker.url,
    RABBITMQ_PREFIX: broker.prefix,
    RELAY_POLL_INTERVAL_MS: '100',
    CONSUMER_BACKOFF_MS: '5',
    ...env,
  });
  // The relay only publishes modules this process hosts; the test events belong to module "things".
  config.modules = ['things' as never];
  const database = await openDatabase({
    databaseUrl,
    dataDir: '.data',
    entities: [],
    migrations: MESSAGING_MIGRATIONS,
  });
  await database.dataSource.query(`
    CREATE TABLE IF NOT EXISTS public.effects (event_id uuid NOT NULL, thing_id text NOT NULL);
    CREATE TABLE IF NOT EXISTS public.thing_projection (stream_id text PRIMARY KEY, version integer NOT NULL);
    CREATE TABLE IF NOT EXISTS public.order_violations (stream_id text NOT NULL, version integer NOT NULL, previous integer NOT NULL);
  `);
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(database.dataSource, database.connection),
      MessagingModule.forRoot({ events: [ThingHappenedIntegrationEvent, ThingUpdatedIntegrationEvent] }),
      ThingsModule,
    ],
  })
  class TestRootModule {}
  const context = await NestFactory.createApplicationContext(TestRootModule, {
    logger: process.env.TEST_LOGS ? ['error', 'warn', 'log'] : false,
  });
  await context.init();
  const server = context.get(RabbitMqServer);
  await new Promise<void>((resolve, reject) => server.listen((error?: unknown) => (error ? reject(error) : resolve())));
  return {
    context,
    database,
    transport: context.get<EventTransport>(EVENT_TRANSPORT),
    server,
    async close() {
      await server.close();
      await context.close();
      await database.close();
    },
  };
}

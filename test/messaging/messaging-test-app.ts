import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { ConfigModule } from '../../src/shared/config/config.module';
import { loadAppConfig } from '../../src/load-app-config';
import { DatabaseModule } from '../../src/shared/database/database.module';
import { OpenDatabase, openDatabase } from '../../src/shared/database/open-database';
import {
  OnIntegrationEvent,
  IntegrationEventHandler,
} from '../../src/shared/messaging/consumers/on-integration-event.decorator';
import { IntegrationEvent, JsonSchema } from '../../src/shared/messaging/integration-event';
import { MessagingModule } from '../../src/shared/messaging/messaging.module';
import { MESSAGING_MIGRATIONS } from '../../src/shared/messaging/migrations';
import { Transaction } from '../../src/shared/messaging/outbox/unit-of-work';

export class ThingHappenedIntegrationEvent extends IntegrationEvent<{ thingId: string; n: number }> {
  static override readonly type = 'things.thing-happened.v1';
  static override readonly payloadSchema: JsonSchema = {
    type: 'object',
    required: ['thingId', 'n'],
    properties: { thingId: { type: 'string' }, n: { type: 'integer' } },
  };
}

/** Failure injection for the consumer: how many times to throw before succeeding (Infinity = always). */
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

@Module({ providers: [RecordEffectHandler] })
class ThingsModule {}

export interface MessagingTestApp {
  context: INestApplicationContext;
  database: OpenDatabase;
  close(): Promise<void>;
}

/** The messaging core alone, with one test consumer writing to `public.effects`, on a real database. */
export async function startMessagingTestApp(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<MessagingTestApp> {
  const config = loadAppConfig({ DATABASE_URL: databaseUrl, APP_MODULES: 'catalog', CONSUMER_BACKOFF_MS: '5', ...env });
  // The relay only publishes modules this process hosts; the test events belong to module "things".
  config.modules = ['things' as never];
  const database = await openDatabase({
    databaseUrl,
    dataDir: '.data',
    entities: [],
    migrations: MESSAGING_MIGRATIONS,
  });
  await database.dataSource.query(
    `CREATE TABLE IF NOT EXISTS public.effects (event_id uuid NOT NULL, thing_id text NOT NULL)`,
  );
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(database.dataSource, database.connection),
      MessagingModule.forRoot({ events: [ThingHappenedIntegrationEvent] }),
      ThingsModule,
    ],
  })
  class TestRootModule {}
  const context = await NestFactory.createApplicationContext(TestRootModule, { logger: false });
  await context.init();
  return {
    context,
    database,
    async close() {
      await context.close();
      await database.close();
    },
  };
}

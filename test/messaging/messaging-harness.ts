import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../src/shared/config/load-config';
import { ConfigModule } from '../../src/shared/config/config.module';
import { DatabaseModule } from '../../src/shared/database/database.module';
import { OpenDatabase, openDatabase } from '../../src/shared/database/open-database';
import { declareConsumers } from '../../src/shared/messaging/consumers/consumer-declarations';
import {
  IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../src/shared/messaging/consumers/on-integration-event.decorator';
import { IntegrationEvent, IntegrationEventClass, Static, Type } from '../../src/shared/messaging/integration-event';
import { MessagingModule } from '../../src/shared/messaging/messaging.module';
import { MESSAGING_MIGRATIONS } from '../../src/shared/messaging/migrations';
import { OutboxRelay } from '../../src/shared/messaging/outbox/outbox-relay';
import { Transaction, UnitOfWork } from '../../src/shared/messaging/outbox/unit-of-work';
import { MessagingServer } from '../../src/shared/messaging/transports/messaging.server';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../../src/shared/messaging/transports/transport-adapter';

export const ThingPayload = Type.Object({ thingId: Type.String(), n: Type.Integer() });
export type ThingPayload = Static<typeof ThingPayload>;

export class ThingHappenedIntegrationEvent extends IntegrationEvent<ThingPayload> {
  static override readonly type = 'things.thing-happened.v1';
  static override readonly payloadSchema = ThingPayload;
}

export class ThingUpdatedIntegrationEvent extends IntegrationEvent<ThingPayload> {
  static override readonly type = 'things.thing-updated.v1';
  static override readonly payloadSchema = ThingPayload;
}

/**
 * An event of a later release: the effects consumer handles it, but a process started without it in
 * its registry (`HarnessOptions.events`) does not know the type yet, as an older release would not.
 */
export class ThingRenamedIntegrationEvent extends IntegrationEvent<ThingPayload> {
  static override readonly type = 'things.thing-renamed.v1';
  static override readonly payloadSchema = ThingPayload;
}

/** Failure injection for the effects consumer: how many times to throw before succeeding (Infinity = always). */
export const faults = { failuresBeforeSuccess: 0, attemptsSeen: 0 };

/** Consumer `things.record-effect`: one row in `public.effects` per event it applies. */
@OnIntegrationEvent([ThingHappenedIntegrationEvent, ThingRenamedIntegrationEvent])
export class RecordEffectOnThingHappenedHandler implements IntegrationEventHandler<IntegrationEvent<ThingPayload>> {
  async handle(event: IntegrationEvent<ThingPayload>, tx: Transaction): Promise<void> {
    faults.attemptsSeen++;
    if (faults.attemptsSeen <= faults.failuresBeforeSuccess) throw new Error(`injected failure ${faults.attemptsSeen}`);
    await tx.manager.query(`INSERT INTO public.effects (event_id, thing_id) VALUES ($1, $2)`, [
      event.envelope.eventId,
      String(event.payload.thingId),
    ]);
  }
}

/**
 * Consumer `things.project-thing`: keeps the last version per stream and records every event that
 * arrives out of `streamVersion` order, so a test can tell "converged" from "applied in order".
 */
@OnIntegrationEvent(ThingUpdatedIntegrationEvent)
export class ProjectThingOnThingUpdatedHandler implements IntegrationEventHandler<ThingUpdatedIntegrationEvent> {
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

@Module({ providers: [RecordEffectOnThingHappenedHandler, ProjectThingOnThingUpdatedHandler] })
class ThingsModule {}

export const EFFECTS_CONSUMER = 'things.record-effect';
export const PROJECTION_CONSUMER = 'things.project-thing';

export interface HarnessOptions {
  /** Transport selection and tuning (`EVENT_TRANSPORT`, `RABBITMQ_URL`, …) and any other variable. */
  env?: Record<string, string>;
  /** The event classes this process knows (default: the two above); a test swaps in other versions of them. */
  events?: readonly IntegrationEventClass[];
}

/** The messaging kernel alone, hosting module "things" with its two consumers, on a real database and transport. */
export class MessagingHarness {
  private constructor(
    readonly context: INestApplicationContext,
    readonly database: OpenDatabase,
  ) {}

  /** Starts it the way `bootstrap.ts` starts an app, minus HTTP: lifecycle first, then the consumers listen. */
  static async start(databaseUrl: string, options: HarnessOptions = {}): Promise<MessagingHarness> {
    const config = loadConfig(
      {
        DATABASE_URL: databaseUrl,
        APP_MODULES: 'things',
        RELAY_POLL_INTERVAL_MS: '100',
        CONSUMER_BACKOFF_MS: '5',
        RABBITMQ_QUEUE_TYPE: 'classic',
        RABBITMQ_SHARDS: '2',
        NATS_PARTITIONS: '2',
        ...options.env,
      },
      [{ name: 'things' }],
    );
    const database = await openDatabase({
      databaseUrl,
      dataDir: '.data',
      entities: [],
      migrations: MESSAGING_MIGRATIONS,
    });
    await database.dataSource.query(`
      CREATE TABLE IF NOT EXISTS public.things (id text PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS public.effects (event_id uuid NOT NULL, thing_id text NOT NULL);
      CREATE TABLE IF NOT EXISTS public.thing_projection (stream_id text PRIMARY KEY, version integer NOT NULL);
      CREATE TABLE IF NOT EXISTS public.order_violations (stream_id text NOT NULL, version integer NOT NULL, previous integer NOT NULL);
    `);
    @Module({
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database.dataSource, database.connection),
        MessagingModule.forRoot({
          events: options.events ?? [ThingHappenedIntegrationEvent, ThingUpdatedIntegrationEvent],
          consumers: declareConsumers([{ name: 'things', nestModule: ThingsModule }]),
          transport: config.eventTransport,
        }),
        ThingsModule,
      ],
    })
    class HarnessRootModule {}
    const context = await NestFactory.createApplicationContext(HarnessRootModule, {
      logger: process.env.TEST_LOGS ? ['error', 'warn', 'log'] : false,
    });
    const harness = new MessagingHarness(context, database);
    await harness.listen();
    return harness;
  }

  get transport(): TransportAdapter {
    return this.context.get<TransportAdapter>(TRANSPORT_ADAPTER);
  }

  get relay(): OutboxRelay {
    return this.context.get(OutboxRelay);
  }

  /** Starts the consumers, as `startAllMicroservices` does in an app. */
  listen(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.context.get(MessagingServer).listen((error?: unknown) => (error ? reject(error) : resolve())),
    );
  }

  /** Stops the consumers and lets the messages in hand settle, as an app does when it closes. */
  stopListening(): Promise<void> {
    return this.context.get(MessagingServer).close();
  }

  /** Commits a thing and its event, as a command handler would. */
  record(
    eventClass: typeof ThingHappenedIntegrationEvent | typeof ThingUpdatedIntegrationEvent,
    thingId: string,
    options: { streamVersion?: number; n?: number; beforeCommit?: () => Promise<void> } = {},
  ): Promise<void> {
    return this.context.get(UnitOfWork).run(async (tx) => {
      tx.record(eventClass, {
        streamId: `things.thing:${thingId}`,
        streamVersion: options.streamVersion ?? 1,
        payload: { thingId, n: options.n ?? 1 },
      });
      await options.beforeCommit?.();
    });
  }

  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.database.dataSource.query(sql, params);
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    return Number((await this.query(sql, params))[0].count);
  }

  async close(): Promise<void> {
    await this.stopListening();
    await this.context.close();
    await this.database.close();
  }
}

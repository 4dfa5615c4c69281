import { CommandBus, ICommand, IQuery, QueryBus } from '@nestjs/cqrs';
import { createApp, RunningApp } from '../../src/bootstrap';
import { loadAppConfig } from '../../src/load-app-config';
import { ConsumerRegistry } from '../../src/shared/messaging/consumers/consumer-registry';
import { createEnvelope, RecordedEvent } from '../../src/shared/messaging/envelope/envelope.factory';
import { EventRegistry } from '../../src/shared/messaging/envelope/event-registry';
import { runWithMessageContext } from '../../src/shared/messaging/envelope/message-context';
import { uuidV7 } from '../../src/shared/messaging/envelope/uuid-v7';
import {
  EventEnvelope,
  IntegrationEvent,
  IntegrationEventClass,
  PayloadOf,
} from '../../src/shared/messaging/integration-event';
import { OutboxRelay } from '../../src/shared/messaging/outbox/outbox-relay';
import { EventStoreRow, StoredEvent, toStoredEvent } from '../../src/shared/messaging/outbox/stored-event';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../../src/shared/messaging/transports/transport-adapter';
import { createTestDatabase, TestDatabase } from './test-database';
import { TEST_JWT_SECRET } from './tokens';

/** The fields of a recorded event a module test states: what, about which stream, at which version, with what, caused by what. */
const ASSERTED = ['type', 'streamId', 'streamVersion', 'payload', 'causationId', 'correlationId', 'actor'] as const;

/** What a test expects of one recorded event; fields left out are not checked. */
export type ExpectedEvent<E extends IntegrationEvent = IntegrationEvent> = Partial<
  Pick<EventEnvelope<PayloadOf<E>>, Exclude<(typeof ASSERTED)[number], 'type'>>
>;

/** One expected event of type `eventClass` (`payload` may be an asymmetric matcher such as `expect.objectContaining`). */
export function eventOf<E extends IntegrationEvent>(
  eventClass: IntegrationEventClass<E>,
  expected: ExpectedEvent<E> = {},
): ExpectedEvent & { type: string } {
  return { type: eventClass.type, ...expected };
}

/** Who and what caused an incoming event (defaults: an admin's action with a fresh correlation id). */
export interface IncomingContext {
  actor?: string;
  correlationId?: string;
  causationId?: string | null;
}

/**
 * An event of another module as it arrives on the wire: a fresh id, the time, and a context. Built by
 * the same factory the producing module uses, so only the stream, version and payload are the test's.
 */
export function incoming<E extends IntegrationEvent>(
  eventClass: IntegrationEventClass<E>,
  event: RecordedEvent<PayloadOf<E>>,
  context: IncomingContext = {},
): EventEnvelope<PayloadOf<E>> {
  return createEnvelope(eventClass.type, event, {
    actor: context.actor ?? 'admin-1',
    correlationId: context.correlationId ?? uuidV7(),
    causationId: context.causationId ?? null,
  });
}

/** Where the event store and the dead letters stood when a stimulus began. */
interface Mark {
  position: string;
  deadLetterId: string;
}

/** Relay passes after which a module that still has unpublished events is reported as never settling. */
const MAX_SETTLE_PASSES = 20;

/**
 * One module of the platform booted alone — `APP_MODULES=<module>`, in-process transport, a fresh real
 * PostgreSQL database — for tests in the "stimulus → recorded events" style: hand the module one
 * command (`send`) or one incoming event (`receive`), then state which integration events it recorded
 * (`expectRecorded`), or, when it records none, what its read side answers (`query`).
 *
 * No other module is present: their schemas, handlers and controllers are not there, so the test
 * exercises the module's contract alone. Every stimulus returns only once the module has settled it:
 * the relay has published everything the module recorded, and the module's own consumers of its own
 * events (rating's calculation, catalog's enrichment) have applied them. No test waits on a clock.
 */
export class ModuleHarness {
  private mark: Mark = { position: '0', deadLetterId: '0' };

  private constructor(
    readonly module: string,
    private readonly running: RunningApp,
    private readonly database: TestDatabase,
  ) {}

  static async start(module: string, env: Record<string, string> = {}): Promise<ModuleHarness> {
    const database = await createTestDatabase();
    try {
      const config = loadAppConfig({
        DATABASE_URL: database.url,
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'silent',
        APP_MODULES: module,
        EVENT_TRANSPORT: 'inprocess',
        // A handler that throws is dead-lettered after two quick attempts, which `receive` reports.
        CONSUMER_MAX_ATTEMPTS: '2',
        CONSUMER_BACKOFF_MS: '10',
        ...env,
      });
      return new ModuleHarness(module, await createApp(config), database);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }

  /**
   * Executes `command` through the module's CommandBus as its HTTP controller does, with `actor` as
   * the authenticated user (the auth guard puts it into the message context). Resolves with the
   * handler's result, or rejects with its error, once the module has settled.
   */
  send<R = unknown>(command: ICommand, { actor }: { actor: string }): Promise<R> {
    const context = { correlationId: uuidV7(), causationId: null, actor };
    return this.stimulate(() =>
      runWithMessageContext(context, () => this.running.app.get(CommandBus).execute<ICommand, R>(command)),
    );
  }

  /**
   * Hands one incoming integration event to the module through the in-process transport and the real
   * delivery pipeline (validation, upcasting, lanes, inbox, retries), exactly as another module's event
   * arrives, and resolves once the module settled it. Rejects when the module consumes no such event (a
   * test that hands it one would prove nothing) or when a consumer gave up on it (dead-lettered).
   */
  async receive(envelope: EventEnvelope): Promise<void> {
    const { type } = this.running.app.get(EventRegistry).parse(envelope).envelope;
    if (this.running.app.get(ConsumerRegistry).of(this.module, type).length === 0) {
      throw new Error(`module ${this.module} consumes no ${envelope.type}; the test would prove nothing`);
    }
    await this.stimulate(() =>
      this.running.app.get<TransportAdapter>(TRANSPORT_ADAPTER).redeliver(this.module, envelope),
    );
  }

  /** Asks the module's read side through its QueryBus, as its HTTP controller does. */
  query<R = unknown>(query: IQuery): Promise<R> {
    return this.running.app.get(QueryBus).execute<IQuery, R>(query);
  }

  /** The integration events the module recorded in the event store since the last stimulus began, in order. */
  async recorded(): Promise<StoredEvent[]> {
    const rows: EventStoreRow[] = await this.sql(
      `SELECT position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id,
              causation_id, actor, payload, published_at
       FROM messaging.event_store WHERE position > $1 ORDER BY position`,
      [this.mark.position],
    );
    return rows.map(toStoredEvent);
  }

  /**
   * Asserts that the module recorded exactly `expected` since the last stimulus began — these events,
   * in this order, and nothing else — and returns them (for ids a later step needs).
   */
  async expectRecorded(...expected: Array<ExpectedEvent & { type: string }>): Promise<StoredEvent[]> {
    const recorded = await this.recorded();
    // Each recorded event shows the fields its expectation states (all of them when none expects it), so a
    // failure reads as a short diff of what was recorded against what was expected.
    const shown = recorded.map((event, index) => pick(event, expected[index]));
    expect(shown).toEqual(expected);
    return recorded;
  }

  /** Runs SQL against the module's database (for what no query of the module answers). */
  sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    return this.running.database.dataSource.query(text, params);
  }

  async close(): Promise<void> {
    await this.running.close();
    await this.database.drop();
  }

  private async stimulate<T>(work: () => Promise<T>): Promise<T> {
    this.mark = await this.head();
    try {
      return await work();
    } finally {
      await this.settle();
      await this.failOnDeadLetters();
    }
  }

  private async head(): Promise<Mark> {
    const [row] = await this.sql<Mark>(
      `SELECT (SELECT coalesce(max(position), 0) FROM messaging.event_store)::text AS position,
              (SELECT coalesce(max(id), 0) FROM messaging.dead_letter)::text AS "deadLetterId"`,
    );
    return row;
  }

  /**
   * Publishes what the module recorded until nothing is left: in-process, a publish resolves only once
   * the module's own consumers applied the events, and what they record in turn is published by the
   * next pass.
   */
  private async settle(): Promise<void> {
    const relay = this.running.app.get(OutboxRelay);
    for (let pass = 0; (await this.unpublished()) > 0; pass++) {
      if (pass === MAX_SETTLE_PASSES) {
        throw new Error(`module ${this.module} still has unpublished events after ${pass} relay passes`);
      }
      await relay.flush();
    }
  }

  private async unpublished(): Promise<number> {
    const [row] = await this.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM messaging.event_store WHERE published_at IS NULL AND parked_at IS NULL`,
    );
    return row.count;
  }

  private async failOnDeadLetters(): Promise<void> {
    const parked = await this.sql<{ consumer: string; type: string | null; error: string }>(
      `SELECT consumer, type, error FROM messaging.dead_letter WHERE id > $1 ORDER BY id`,
      [this.mark.deadLetterId],
    );
    if (parked.length > 0) {
      const reasons = parked.map(({ consumer, type, error }) => `${consumer} gave up on ${type}: ${error}`);
      throw new Error(`module ${this.module} dead-lettered what it received:\n  ${reasons.join('\n  ')}`);
    }
  }
}

function pick(event: StoredEvent, expected: object | undefined): Partial<StoredEvent> {
  const fields = expected ? Object.keys(expected) : ASSERTED;
  return Object.fromEntries(fields.map((field) => [field, event[field as keyof StoredEvent]]));
}

import { DataSource, EntityManager } from 'typeorm';
import { ConsumerRegistration } from '../../shared/messaging/consumers/consumer-registry';
import { IntegrationEventHandler } from '../../shared/messaging/consumers/on-integration-event.decorator';
import { EventRegistry } from '../../shared/messaging/envelope/event-registry';
import { EventStoreRow, toEnvelope, toStoredEvent } from '../../shared/messaging/outbox/stored-event';
import { IntegrationEvent } from '../../shared/messaging/integration-event';
import { Transaction } from '../../shared/messaging/outbox/unit-of-work';
import { createEnvelope } from '../../shared/messaging/envelope/envelope.factory';
import { uuidV7 } from '../../shared/messaging/envelope/uuid-v7';

const PROGRESS_TABLE = 'public.projection_rebuild_progress';

/** Reads how far a scratch database's replay got (0 when it has not started). */
export async function replayedPosition(scratch: DataSource): Promise<bigint> {
  await scratch.query(`CREATE UNLOGGED TABLE IF NOT EXISTS ${PROGRESS_TABLE} (position bigint NOT NULL)`);
  const [row] = await scratch.query(`SELECT position::text FROM ${PROGRESS_TABLE}`);
  return BigInt(row?.position ?? 0);
}

/**
 * Applies live event-store events to a projection's real handlers running on the scratch database,
 * many events per scratch transaction, with the progress position committed in that transaction.
 * No inbox: each stored event is read exactly once, in position order, by position.
 */
export class ProjectionReplayer {
  private readonly byType = new Map<string, ConsumerRegistration[]>();
  private readonly storedTypes: string[];

  constructor(
    private readonly live: DataSource,
    private readonly scratch: DataSource,
    private readonly events: EventRegistry,
    registrations: readonly ConsumerRegistration[],
    private readonly batchSize = 5000,
  ) {
    for (const registration of registrations) {
      for (const { type } of registration.eventClasses)
        this.byType.set(type, [...(this.byType.get(type) ?? []), registration]);
    }
    // Superseded versions are stored under their own type and upcast when read.
    this.storedTypes = events.types().filter((type) => this.byType.has(events.currentTypeOf(type)));
  }

  async position(): Promise<bigint> {
    const position = await replayedPosition(this.scratch);
    const [{ count }] = await this.scratch.query(`SELECT count(*)::int AS count FROM ${PROGRESS_TABLE}`);
    if (count === 0) await this.scratch.query(`INSERT INTO ${PROGRESS_TABLE} (position) VALUES (0)`);
    return position;
  }

  /** How many events are left to apply up to `horizon`. */
  async remaining(horizon: bigint): Promise<number> {
    const [{ count }] = await this.live.query(
      `SELECT count(*)::int AS count FROM messaging.event_store WHERE type = ANY($1) AND position > $2 AND position <= $3`,
      [this.storedTypes, String(await this.position()), String(horizon)],
    );
    return count;
  }

  /**
   * Applies every relevant event after the stored position up to `horizon` (settled); returns how
   * many. `live` is the connection to read them on (a caller's transaction, on the embedded database
   * the only session that may run while it is open).
   */
  async replayUpTo(
    horizon: bigint,
    onBatch?: (applied: number) => void,
    live: Pick<EntityManager, 'query'> = this.live,
  ): Promise<number> {
    const fetchAfter = (from: bigint): Promise<EventStoreRow[]> =>
      live.query(
        `SELECT position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id,
                actor, payload, published_at
         FROM messaging.event_store WHERE type = ANY($1) AND position > $2 AND position <= $3
         ORDER BY position LIMIT $4`,
        [this.storedTypes, String(from), String(horizon), this.batchSize],
      );
    const from = await this.position();
    let applied = 0;
    // The next batch is read from the live database while this one is applied to the scratch one.
    let next = from < horizon ? fetchAfter(from) : undefined;
    try {
      while (next) {
        const rows = await next;
        const reached = rows.length < this.batchSize ? horizon : BigInt(rows[rows.length - 1].position);
        next = reached < horizon ? fetchAfter(reached) : undefined;
        await this.apply(rows, reached);
        applied += rows.length;
        onBatch?.(rows.length);
      }
    } finally {
      // Not awaited when applying failed: its outcome no longer matters, but must not go unhandled.
      next?.catch(() => undefined);
    }
    return applied;
  }

  /**
   * Applies the rows and stores `reached` in one scratch transaction. What the handlers record is
   * dropped: the live store has held it since they first handled these events, and the scratch
   * store is thrown away.
   */
  private async apply(rows: readonly EventStoreRow[], reached: bigint): Promise<void> {
    await this.scratch.transaction(async (manager) => {
      // A scratch commit lost to a crash is replayed on resume (its position is lost with it): no fsync wait.
      await manager.query(`SET LOCAL synchronous_commit = off`);
      const tx: Transaction = { manager, record: droppedRecord };
      for (const run of this.runsOf(rows)) {
        if (run.handler.handleBatch) await run.handler.handleBatch(run.events, tx);
        else for (const event of run.events) await run.handler.handle(event, tx);
      }
      await manager.query(`UPDATE ${PROGRESS_TABLE} SET position = $1`, [String(reached)]);
    });
  }

  /**
   * The rows' (handler, event) applications in order, cut into maximal runs of consecutive ones for
   * the same handler: a batch-capable handler then takes each run in one call, with the same effect
   * as event by event (see `IntegrationEventHandler.handleBatch`).
   */
  private runsOf(rows: readonly EventStoreRow[]): HandlerRun[] {
    const runs: HandlerRun[] = [];
    for (const row of rows) {
      const envelope = toEnvelope(this.events.upcast(toStoredEvent(row)));
      const eventClass = this.events.classOf(envelope.type)!;
      for (const { instance: handler } of this.byType.get(envelope.type) ?? []) {
        const last = runs[runs.length - 1];
        if (last?.handler === handler) last.events.push(new eventClass(envelope));
        else runs.push({ handler, events: [new eventClass(envelope)] });
      }
    }
    return runs;
  }
}

const REPLAY_CORRELATION_ID = uuidV7();

const REPLAY_CONTEXT = { correlationId: REPLAY_CORRELATION_ID, causationId: null, actor: 'system' };

const droppedRecord: Transaction['record'] = (eventClass, event) =>
  createEnvelope(eventClass.type, event, REPLAY_CONTEXT);

interface HandlerRun {
  handler: IntegrationEventHandler<IntegrationEvent>;
  events: IntegrationEvent[];
}

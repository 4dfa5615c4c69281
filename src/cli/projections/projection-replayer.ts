import { DataSource, EntityManager } from 'typeorm';
import { ConsumerRegistration } from '../../shared/messaging/consumer/consumer-registration';
import { EventRegistry } from '../../shared/messaging/event-registry';
import { EventStoreRow, toEnvelope, toStoredEvent } from '../../shared/messaging/event-store/stored-event';
import { UnitOfWork } from '../../shared/messaging/unit-of-work';

const PROGRESS_TABLE = 'public.projection_rebuild_progress';

/** Reads how far a scratch database's replay got (0 when it has not started). */
export async function replayedPosition(scratch: DataSource): Promise<bigint> {
  await scratch.query(`CREATE TABLE IF NOT EXISTS ${PROGRESS_TABLE} (position bigint NOT NULL)`);
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
    private readonly unitOfWork: UnitOfWork,
    private readonly events: EventRegistry,
    registrations: readonly ConsumerRegistration[],
    private readonly batchSize = 500,
  ) {
    for (const registration of registrations) {
      const list = this.byType.get(registration.eventClass.type) ?? [];
      this.byType.set(registration.eventClass.type, [...list, registration]);
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
    let from = await this.position();
    let applied = 0;
    while (from < horizon) {
      const rows: EventStoreRow[] = await live.query(
        `SELECT position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id,
                actor, payload, published_at
         FROM messaging.event_store WHERE type = ANY($1) AND position > $2 AND position <= $3
         ORDER BY position LIMIT $4`,
        [this.storedTypes, String(from), String(horizon), this.batchSize],
      );
      const reached = rows.length < this.batchSize ? horizon : BigInt(rows[rows.length - 1].position);
      await this.unitOfWork.run(async (tx) => {
        for (const row of rows) {
          const envelope = toEnvelope(this.events.upcast(toStoredEvent(row)));
          const eventClass = this.events.classOf(envelope.type)!;
          for (const registration of this.byType.get(envelope.type) ?? []) {
            await registration.handler.handle(new eventClass(envelope), tx);
          }
        }
        await tx.manager.query(`UPDATE ${PROGRESS_TABLE} SET position = $1`, [String(reached)]);
      });
      from = reached;
      applied += rows.length;
      onBatch?.(rows.length);
    }
    return applied;
  }
}

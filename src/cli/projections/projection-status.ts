import { DataSource } from 'typeorm';
import { ALL_PROJECTIONS } from '../../module-registry';
import { DatabaseConnection } from '../../shared/database/database-connection';
import { replayedPosition } from './projection-replayer';
import { findScratchDatabase } from './scratch-database';

export interface ProjectionStatus {
  name: string;
  module: string;
  /** The newest event-store position any of its consumers has applied. */
  position: string;
  head: string;
  lag: string;
  /** Position reached by an interrupted (or running) rebuild, if its scratch database exists. */
  rebuildPosition: string | null;
}

export async function projectionStatus(live: DataSource, connection: DatabaseConnection): Promise<ProjectionStatus[]> {
  const [{ head }] = await live.query(`SELECT coalesce(max(position), 0)::text AS head FROM messaging.event_store`);
  const result: ProjectionStatus[] = [];
  for (const { module, projection, consumers } of ALL_PROJECTIONS) {
    const [{ position }] = await live.query(
      `SELECT coalesce(max(e.position), 0)::text AS position
       FROM messaging.inbox i JOIN messaging.event_store e ON e.event_id = i.event_id
       WHERE i.consumer = ANY($1)`,
      [consumers],
    );
    result.push({
      name: projection.name,
      module: module.name,
      position,
      head,
      lag: String(BigInt(head) - BigInt(position)),
      rebuildPosition: connection.embedded ? null : await rebuildProgress(connection.url, projection.name),
    });
  }
  return result;
}

async function rebuildProgress(liveUrl: string, projection: string): Promise<string | null> {
  const url = await findScratchDatabase(liveUrl, projection);
  if (!url) return null;
  const scratch = new DataSource({ type: 'postgres', url });
  await scratch.initialize();
  try {
    return String(await replayedPosition(scratch));
  } finally {
    await scratch.destroy();
  }
}

import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PoolClient } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { DATABASE_CONNECTION, DatabaseConnection } from './database-connection';

/**
 * Runs read statements that cost about as much to plan as to execute as named prepared statements:
 * each pooled connection parses one once and PostgreSQL's plan cache then reuses a generic plan
 * when it is no worse than planning each call afresh. The embedded PGlite serves every connection
 * from one session, where names prepared by different connections would collide, so there the
 * statements run unnamed. Errors are TypeORM's `QueryFailedError`, as from `manager.query`.
 */
@Injectable()
export class PreparedStatements {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  /**
   * The rows of `sql`. `settings` (planner settings such as `enable_seqscan = off`, from code only)
   * apply to this statement alone: it then runs in a read-only transaction whose BEGIN and SET LOCALs
   * travel in one round trip.
   */
  async query<T>(sql: string, parameters: unknown[], settings: readonly string[] = []): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      if (settings.length === 0) return await this.run<T>(client, sql, parameters);
      await client.query(['BEGIN READ ONLY', ...settings.map((setting) => `SET LOCAL ${setting}`)].join('; '));
      try {
        const rows = await this.run<T>(client, sql, parameters);
        await client.query('COMMIT');
        return rows;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  }

  private async run<T>(client: PoolClient, sql: string, parameters: unknown[]): Promise<T[]> {
    // Named by content, so a name always stands for the same text on every connection.
    const name = this.connection.embedded ? undefined : `q${createHash('sha1').update(sql).digest('base64url')}`;
    try {
      return (await client.query({ name, text: sql, values: parameters })).rows as T[];
    } catch (error) {
      throw new QueryFailedError(sql, parameters, error as Error);
    }
  }
}

import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DatabaseConnection } from '../../database/database-connection';
import { OUTBOX_CHANNEL } from './event-store.repository';

/**
 * A dedicated Postgres session that (1) holds a session advisory lock per module so only one
 * instance relays a module's events at a time, and the lock dies with the process; and (2) LISTENs
 * for appends committed by other processes. The embedded database is a single session owned by
 * this process, so there it is always the leader and relies on in-process wake-ups.
 */
export class RelayLeadership {
  private readonly logger = new Logger(RelayLeadership.name);
  private client?: Client;
  private readonly held = new Set<string>();

  constructor(
    private readonly connection: DatabaseConnection,
    private readonly onAppended: () => void,
  ) {}

  async leads(module: string): Promise<boolean> {
    if (this.connection.embedded) return true;
    if (this.held.has(module)) return true;
    try {
      const client = await this.session();
      const { rows } = await client.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`relay:${module}`]);
      if (rows[0].locked) this.held.add(module);
      return rows[0].locked;
    } catch (error) {
      this.logger.warn(`relay leadership check failed: ${String(error)}`);
      await this.reset();
      return false;
    }
  }

  async close(): Promise<void> {
    await this.reset();
  }

  private async session(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.connection.url, application_name: 'ecomm-relay' });
    client.on('error', () => void this.reset());
    client.on('notification', () => this.onAppended());
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.client = client;
    return client;
  }

  private async reset(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.held.clear();
    await client?.end().catch(() => undefined);
  }
}

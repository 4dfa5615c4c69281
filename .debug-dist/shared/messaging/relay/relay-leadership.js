"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RelayLeadership = void 0;
const common_1 = require("@nestjs/common");
const pg_1 = require("pg");
const event_store_repository_1 = require("../event-store/event-store.repository");
/**
 * A dedicated Postgres session that (1) holds a session advisory lock per module so only one
 * instance relays a module's events at a time, and the lock dies with the process; and (2) LISTENs
 * for appends committed by other processes. The embedded database is a single session owned by
 * this process, so there it is always the leader and relies on in-process wake-ups.
 */
class RelayLeadership {
    connection;
    onAppended;
    logger = new common_1.Logger(RelayLeadership.name);
    client;
    held = new Set();
    constructor(connection, onAppended) {
        this.connection = connection;
        this.onAppended = onAppended;
    }
    async leads(module) {
        if (this.connection.embedded)
            return true;
        if (this.held.has(module))
            return true;
        try {
            const client = await this.session();
            const { rows } = await client.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`relay:${module}`]);
            if (rows[0].locked)
                this.held.add(module);
            return rows[0].locked;
        }
        catch (error) {
            this.logger.warn(`relay leadership check failed: ${String(error)}`);
            await this.reset();
            return false;
        }
    }
    async close() {
        await this.reset();
    }
    async session() {
        if (this.client)
            return this.client;
        const client = new pg_1.Client({ connectionString: this.connection.url, application_name: 'ecomm-relay' });
        client.on('error', () => void this.reset());
        client.on('notification', () => this.onAppended());
        await client.connect();
        await client.query(`LISTEN ${event_store_repository_1.OUTBOX_CHANNEL}`);
        this.client = client;
        return client;
    }
    async reset() {
        const client = this.client;
        this.client = undefined;
        this.held.clear();
        await client?.end().catch(() => undefined);
    }
}
exports.RelayLeadership = RelayLeadership;
//# sourceMappingURL=relay-leadership.js.map
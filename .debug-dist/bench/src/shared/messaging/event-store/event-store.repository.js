"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EventStoreRepository = exports.OUTBOX_CHANNEL = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const event_registry_1 = require("../event-registry");
const stored_event_1 = require("./stored-event");
/** Postgres channel notified (at commit) whenever events are appended, to wake relays at once. */
exports.OUTBOX_CHANNEL = 'ecomm_outbox';
const COLUMNS = `position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id,
  causation_id, actor, payload, published_at`;
/** Raw SQL access to `messaging.event_store`, the outbox and event log in one table. */
let EventStoreRepository = class EventStoreRepository {
    dataSource;
    registry;
    constructor(dataSource, registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }
    /**
     * Appends envelopes inside the caller's transaction; a stream version clash aborts that transaction.
     * `traceParent` is the trace they were recorded in, for the relay to continue.
     */
    async append(manager, envelopes, traceParent = null) {
        if (envelopes.length === 0)
            return;
        const values = [];
        const rows = envelopes.map((envelope, index) => {
            const offset = index * 11;
            values.push(envelope.eventId, envelope.type, (0, stored_event_1.moduleOfType)(envelope.type), envelope.streamId, envelope.streamVersion, envelope.occurredAt, envelope.correlationId, envelope.causationId, envelope.actor, JSON.stringify(envelope.payload), traceParent);
            return `(${Array.from({ length: 11 }, (_, column) => `$${offset + column + 1}`).join(', ')})`;
        });
        await manager.query(`INSERT INTO messaging.event_store
        (event_id, type, module, stream_id, stream_version, occurred_at, correlation_id, causation_id, actor, payload,
         trace_parent)
       VALUES ${rows.join(', ')}`, values);
        const modules = [...new Set(envelopes.map((envelope) => (0, stored_event_1.moduleOfType)(envelope.type)))];
        await manager.query(`SELECT pg_notify($1, $2)`, [exports.OUTBOX_CHANNEL, modules.join(',')]);
    }
    /** The oldest unpublished events of `modules` after position `after`, each with the trace it was recorded in. */
    async findUnpublished(modules, limit, after = '0') {
        const rows = await this.dataSource.query(`SELECT ${COLUMNS}, trace_parent FROM messaging.event_store
       WHERE published_at IS NULL AND module = ANY($1) AND position > $3 ORDER BY position LIMIT $2`, [modules, limit, after]);
        // Upcast before publishing, so a superseded version stored earlier travels as (and is routed by) its current type.
        return rows.map((row) => this.registry.upcast({ ...(0, stored_event_1.toStoredEvent)(row), traceParent: row.trace_parent }));
    }
    async markPublished(positions) {
        if (positions.length === 0)
            return;
        await this.dataSource.query(`UPDATE messaging.event_store SET published_at = now() WHERE position = ANY($1::bigint[]) AND published_at IS NULL`, [positions]);
    }
    async countUnpublished(modules) {
        const [row] = await this.dataSource.query(`SELECT count(*)::int AS count FROM messaging.event_store WHERE published_at IS NULL AND module = ANY($1)`, [modules]);
        return row.count;
    }
};
exports.EventStoreRepository = EventStoreRepository;
exports.EventStoreRepository = EventStoreRepository = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource,
        event_registry_1.EventRegistry])
], EventStoreRepository);

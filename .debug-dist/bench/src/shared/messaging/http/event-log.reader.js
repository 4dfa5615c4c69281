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
exports.EventLogReader = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const stored_event_1 = require("../event-store/stored-event");
const event_type_pattern_1 = require("./event-type-pattern");
const settled_positions_1 = require("./settled-positions");
const COLUMNS = `position, event_id, type, module, stream_id, stream_version, occurred_at, correlation_id,
  causation_id, actor, payload, published_at`;
/**
 * Reads `messaging.event_store` as stored (no upcasting: an audit of what was recorded) in position
 * order, never past the settled position, so paging by `position` misses nothing.
 */
let EventLogReader = class EventLogReader {
    dataSource;
    settled;
    constructor(dataSource, settled) {
        this.dataSource = dataSource;
        this.settled = settled;
    }
    async page(filter, after, limit) {
        const settledUpTo = await this.settled.current();
        const conditions = ['position > $1', 'position <= $2'];
        const values = [after.toString(), settledUpTo.toString()];
        if (filter.type !== undefined) {
            const type = (0, event_type_pattern_1.typeCondition)(filter.type, `$${values.length + 1}`);
            conditions.push(type.sql);
            values.push(type.value);
        }
        if (filter.streamId !== undefined) {
            values.push(filter.streamId);
            conditions.push(`stream_id = $${values.length}`);
        }
        values.push(limit);
        const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM messaging.event_store WHERE ${conditions.join(' AND ')}
       ORDER BY position LIMIT $${values.length}`, values);
        return { events: rows.map(stored_event_1.toStoredEvent), settledUpTo };
    }
    /** Events that name the product in their payload or end their stream id with it, e.g. `inventory.stock:<id>`. */
    async timeline(productId, after, limit) {
        const settledUpTo = await this.settled.current();
        const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM messaging.event_store
       WHERE ((payload->>'productId') = $1 OR split_part(stream_id, ':', -1) = $1)
         AND position > $2 AND position <= $3
       ORDER BY position LIMIT $4`, [productId, after.toString(), settledUpTo.toString(), limit]);
        return rows.map(stored_event_1.toStoredEvent);
    }
    async mentions(productId) {
        const [{ found }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM messaging.event_store
         WHERE (payload->>'productId') = $1 OR split_part(stream_id, ':', -1) = $1) AS found`, [productId]);
        return found;
    }
};
exports.EventLogReader = EventLogReader;
exports.EventLogReader = EventLogReader = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource,
        settled_positions_1.SettledPositions])
], EventLogReader);

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
exports.DeadLetterRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const toDeadLetter = (row) => ({
    id: String(row.id),
    consumer: row.consumer,
    eventId: row.event_id,
    type: row.type,
    envelope: row.envelope,
    error: row.error,
    attempts: row.attempts,
    failedAt: new Date(row.failed_at).toISOString(),
    redrivenAt: row.redriven_at ? new Date(row.redriven_at).toISOString() : null,
});
const asObject = (raw) => raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : { raw: String(raw) };
/**
 * `messaging.dead_letter`: where both transports park messages a consumer gave up on (RabbitMQ also
 * keeps a copy in the module's DLQ); the operator's handle to list and redrive them.
 */
let DeadLetterRepository = class DeadLetterRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async park(entry) {
        const envelope = asObject(entry.envelope);
        await this.dataSource.query(`INSERT INTO messaging.dead_letter (consumer, event_id, type, envelope, error, attempts)
       VALUES ($1, $2, $3, $4, $5, $6)`, [
            entry.consumer,
            typeof envelope.eventId === 'string' && /^[0-9a-f-]{36}$/.test(envelope.eventId) ? envelope.eventId : null,
            typeof envelope.type === 'string' ? envelope.type : null,
            JSON.stringify(envelope),
            entry.error.slice(0, 4000),
            entry.attempts,
        ]);
    }
    /** A page in id (parking) order: `consumer` and `status` narrow it, `afterId` continues a previous page. */
    async page(filter, afterId, limit) {
        const rows = await this.dataSource.query(`SELECT * FROM messaging.dead_letter
       WHERE ($1::text IS NULL OR consumer = $1)
         AND ($2::text IS NULL OR (redriven_at IS NULL) = ($2 = 'pending'))
         AND id > $3
       ORDER BY id LIMIT $4`, [filter.consumer ?? null, filter.status ?? null, afterId ?? '0', limit]);
        return rows.map(toDeadLetter);
    }
    /** Not yet redriven messages of `consumer` parked up to `lastId`, after `afterId`, oldest first. */
    async pendingUpTo(consumer, afterId, lastId, limit) {
        const rows = await this.dataSource.query(`SELECT * FROM messaging.dead_letter
       WHERE consumer = $1 AND redriven_at IS NULL AND id > $2 AND id <= $3 ORDER BY id LIMIT $4`, [consumer, afterId, lastId, limit]);
        return rows.map(toDeadLetter);
    }
    /** The newest id parked so far, or '0'. */
    async lastId() {
        const rows = await this.dataSource.query(`SELECT max(id) AS id FROM messaging.dead_letter`);
        return String(rows[0]?.id ?? '0');
    }
    async find(id) {
        const rows = await this.dataSource.query(`SELECT * FROM messaging.dead_letter WHERE id = $1`, [id]);
        return rows[0] && toDeadLetter(rows[0]);
    }
    /** Records that the message was handed back to its consumer; the first hand-over's time is kept. */
    async markRedriven(id) {
        await this.dataSource.query(`UPDATE messaging.dead_letter SET redriven_at = now() WHERE id = $1 AND redriven_at IS NULL`, [id]);
    }
};
exports.DeadLetterRepository = DeadLetterRepository;
exports.DeadLetterRepository = DeadLetterRepository = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], DeadLetterRepository);
//# sourceMappingURL=dead-letter.repository.js.map
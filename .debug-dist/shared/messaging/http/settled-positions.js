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
exports.SettledPositions = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const POSITION_SEQUENCE = 'messaging.event_store_position_seq';
const MAX_WAIT_MS = 2000;
const POLL_MS = 10;
/** Every transaction holds an exclusive lock on its own id from the moment it gets one until it ends. */
const RUNNING_TRANSACTIONS = `FROM pg_locks WHERE locktype = 'transactionid' AND mode = 'ExclusiveLock' AND granted`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The highest event-store position up to which every position is settled: committed (and visible
 * to any query that starts now) or rolled back, never still in flight. Reading by `position` only
 * up to it never skips an event whose transaction drew a lower position but committed later.
 *
 * A transaction owns its id, and the lock on it, before it draws a position (migration
 * 1764000000500). So once every transaction running just after the sequence was read has ended,
 * every position drawn before that read is settled. Two shortcuts do not work: comparing rows'
 * transaction ids with the oldest running one (a transaction can take its id early and its
 * position late, and commit while one with a higher id still holds a lower position), and a
 * snapshot's `xmax` as the bound of running ids (it is one past the latest *completed* id, so
 * younger transactions still running are not listed in the snapshot).
 */
let SettledPositions = class SettledPositions {
    dataSource;
    highest = 0n;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /**
     * Waits (briefly) for the transactions in flight now to end, so a reader sees what was committed
     * before it asked. If one outlasts the wait — transaction ids are server-wide, so this can be a
     * long transaction in any database — the last position found settled is returned instead.
     */
    async current() {
        const [{ drawn }] = await this.dataSource.query(`SELECT coalesce(pg_sequence_last_value('${POSITION_SEQUENCE}'), 0)::text AS drawn`);
        const [{ running }] = await this.dataSource.query(`SELECT coalesce(array_agg(transactionid::text), '{}') AS running ${RUNNING_TRANSACTIONS}`);
        for (const deadline = Date.now() + MAX_WAIT_MS; running.length > 0;) {
            const [{ settled }] = await this.dataSource.query(`SELECT NOT EXISTS (SELECT 1 ${RUNNING_TRANSACTIONS} AND transactionid::text = ANY($1)) AS settled`, [running]);
            if (settled)
                break;
            if (Date.now() >= deadline)
                return this.highest;
            await sleep(POLL_MS);
        }
        if (BigInt(drawn) > this.highest)
            this.highest = BigInt(drawn);
        return this.highest;
    }
};
exports.SettledPositions = SettledPositions;
exports.SettledPositions = SettledPositions = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], SettledPositions);
//# sourceMappingURL=settled-positions.js.map
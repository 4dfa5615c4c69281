"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EventStream = void 0;
const common_1 = require("@nestjs/common");
const BATCH = 200;
const logger = new common_1.Logger('EventStream');
/**
 * One Server-Sent Events connection: sends every settled event after `after` (matching the type
 * filter) as `id: <position>` + `data: <json>`, then follows new ones as they commit. Reads are
 * coalesced: a wake-up during a read schedules exactly one more.
 */
class EventStream {
    response;
    source;
    filter;
    after;
    onClose;
    closed = false;
    reading;
    again = false;
    timers = [];
    unsubscribe;
    constructor(response, source, filter, after, timing, onClose) {
        this.response = response;
        this.source = source;
        this.filter = filter;
        this.after = after;
        this.onClose = onClose;
        this.unsubscribe = source.subscribe(() => this.wake());
        this.timers.push(setInterval(() => this.write(': heartbeat\n\n'), timing.heartbeatMs));
        this.timers.push(setInterval(() => this.wake(), timing.pollMs));
        response.on('close', () => this.close());
        this.write(`: streaming events after position ${after}\n\n`);
        this.wake();
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.unsubscribe();
        this.timers.forEach((timer) => clearInterval(timer));
        if (!this.response.writableEnded)
            this.response.end();
        this.onClose(this);
    }
    wake() {
        if (this.closed)
            return;
        if (this.reading) {
            this.again = true;
            return;
        }
        this.reading = this.drain()
            .catch((error) => {
            // The client reconnects with Last-Event-ID and misses nothing.
            logger.warn(`closing an event stream after a failed read: ${error instanceof Error ? error.message : error}`);
            this.close();
        })
            .finally(() => (this.reading = undefined));
    }
    async drain() {
        do {
            this.again = false;
            for (;;) {
                const { events, settledUpTo } = await this.source.read(this.filter, this.after, BATCH);
                for (const event of events)
                    await this.send(event);
                if (this.closed)
                    return;
                if (events.length < BATCH) {
                    // Everything matching up to the settled position was sent: skip the rest of that range.
                    if (settledUpTo > this.after)
                        this.after = settledUpTo;
                    break;
                }
            }
        } while (this.again && !this.closed);
    }
    async send(event) {
        if (this.closed)
            return;
        this.after = BigInt(event.position);
        if (!this.write(`id: ${event.position}\ndata: ${JSON.stringify(event)}\n\n`)) {
            // A slow client: wait for its buffer to drain rather than queue without bound.
            await new Promise((resolve) => {
                this.response.once('drain', resolve);
                this.response.once('close', resolve);
            });
        }
    }
    write(chunk) {
        if (this.closed || this.response.writableEnded)
            return true;
        return this.response.write(chunk);
    }
}
exports.EventStream = EventStream;
//# sourceMappingURL=event-stream.js.map
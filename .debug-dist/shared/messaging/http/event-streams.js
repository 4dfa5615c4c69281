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
exports.EventStreams = exports.EVENT_STREAM_TIMING = void 0;
const common_1 = require("@nestjs/common");
const outbox_signal_1 = require("../relay/outbox-signal");
const event_log_reader_1 = require("./event-log.reader");
const event_stream_1 = require("./event-stream");
exports.EVENT_STREAM_TIMING = { heartbeatMs: 15_000, pollMs: 1000 };
/** Opens Server-Sent Events streams of the event store and ends them all before the server closes. */
let EventStreams = class EventStreams {
    reader;
    signal;
    open = new Set();
    constructor(reader, signal) {
        this.reader = reader;
        this.signal = signal;
    }
    /** Streams currently open. */
    get size() {
        return this.open.size;
    }
    /** Takes the response over from Fastify (keeping the headers its hooks set) and streams into it. */
    start(reply, filter, after) {
        reply.hijack();
        reply.raw.writeHead(200, {
            ...reply.getHeaders(),
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-cache, no-transform',
            connection: 'keep-alive',
            // Tells nginx-style proxies not to buffer the stream.
            'x-accel-buffering': 'no',
        });
        const source = {
            read: this.reader.page.bind(this.reader),
            subscribe: (wake) => this.signal.subscribe(wake),
        };
        const stream = new event_stream_1.EventStream(reply.raw, source, filter, after, exports.EVENT_STREAM_TIMING, (closed) => this.open.delete(closed));
        this.open.add(stream);
    }
    /** Open streams would keep the HTTP server from closing; clients reconnect elsewhere with `Last-Event-ID`. */
    beforeApplicationShutdown() {
        [...this.open].forEach((stream) => stream.close());
    }
};
exports.EventStreams = EventStreams;
exports.EventStreams = EventStreams = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [event_log_reader_1.EventLogReader,
        outbox_signal_1.OutboxSignal])
], EventStreams);
//# sourceMappingURL=event-streams.js.map
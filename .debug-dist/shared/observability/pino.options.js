"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createPinoOptions = createPinoOptions;
const pino_1 = require("pino");
const message_context_1 = require("../messaging/message-context");
const messaging_spans_1 = require("./tracing/messaging-spans");
/**
 * JSON lines at the configured level. Every line logged inside a message context, whether an HTTP
 * request or an event handler, carries its `correlationId` (pino `mixin`); none is invented outside.
 * With tracing on, lines inside a span also carry its `traceId`, to jump from a log line to its trace.
 * Requests are serialized as method and url only, and credentials are redacted should a request or
 * its headers ever be logged whole.
 */
function createPinoOptions(config) {
    return {
        level: config.logLevel,
        timestamp: pino_1.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        mixin: () => {
            const context = (0, message_context_1.peekMessageContext)();
            const traceId = (0, messaging_spans_1.activeTraceId)();
            return { ...(context && { correlationId: context.correlationId }), ...(traceId && { traceId }) };
        },
        redact: {
            paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
            censor: '[redacted]',
        },
        serializers: {
            req: (req) => ({ method: req.method, url: req.url }),
            res: (res) => ({ statusCode: res.statusCode }),
        },
    };
}
//# sourceMappingURL=pino.options.js.map
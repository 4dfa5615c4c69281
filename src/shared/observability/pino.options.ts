import { LoggerOptions, stdTimeFunctions } from 'pino';
import { AppConfig } from '../config/app-config';
import { peekMessageContext } from '../messaging/envelope/message-context';
import { redactUrl } from './redact-url';
import { activeTraceId } from './tracing/messaging-spans';

/**
 * JSON lines at the configured level. Every line logged inside a message context, whether an HTTP
 * request or an event handler, carries its `correlationId` (pino `mixin`); none is invented outside.
 * With tracing on, lines inside a span also carry its `traceId`, to jump from a log line to its trace.
 * Requests are serialized as method and url only (credentials in its query redacted), and
 * credentials are redacted should a request or its headers ever be logged whole.
 */
export function createPinoOptions(config: AppConfig): LoggerOptions {
  return {
    level: config.logLevel,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const context = peekMessageContext();
      const traceId = activeTraceId();
      return { ...(context && { correlationId: context.correlationId }), ...(traceId && { traceId }) };
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: redactUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

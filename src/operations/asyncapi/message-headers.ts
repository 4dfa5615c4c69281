type JsonSchema = Record<string, unknown>;

/** The W3C trace context every event carries, so a consumer's work continues the producer's trace. */
const TRACEPARENT = { type: 'string', pattern: '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$' };

/**
 * The AMQP headers of an internal event message: the stream id the consistent-hash exchanges hash on,
 * the correlation and causation ids, the trace context, and what a retried or parked copy adds.
 */
export const EVENT_HEADERS: JsonSchema = {
  type: 'object',
  required: ['x-stream-id', 'correlationId', 'traceparent'],
  properties: {
    'x-stream-id': {
      type: 'string',
      description: "The event's `streamId`: the hash key that puts every event of a stream on one shard queue",
    },
    correlationId: { type: 'string', description: 'The `correlationId` of the request or event that caused it' },
    causationId: { type: 'string', description: 'The id of the event that caused it; absent for a request' },
    traceparent: {
      ...TRACEPARENT,
      description:
        'W3C trace context (always present; without a trace exporter its trace id derives from the correlation id)',
    },
    'x-attempt': {
      type: 'integer',
      minimum: 1,
      description: 'On a copy a consumer sent to a retry queue or its DLQ: the delivery attempt it is for',
    },
    'x-error': { type: 'string', description: 'On a retried or parked copy: the last failure' },
    'x-original-user-id': {
      type: 'string',
      description: 'On a DLQ copy of a message that is no valid event: the broker user that published it',
    },
  },
};

/** The AMQP properties of an event message, which AsyncAPI has no schema field for. */
export const EVENT_PROPERTIES =
  'AMQP properties: `message_id` = `eventId`, `type` = the wire type, `user_id` = the broker user that published ' +
  'it (the broker verifies it; consumers apply an event only from the user that owns its module), ' +
  '`correlation_id`, `timestamp` (seconds), `content_type` `application/json`, `delivery_mode` 2 (persistent; ' +
  '1 for best-effort telemetry).';

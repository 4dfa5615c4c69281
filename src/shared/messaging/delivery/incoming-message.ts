/**
 * One message as a transport hands it to the delivery pipeline, with the three ways the wire can
 * settle it. The pipeline decides; the transport only carries out the decision on its wire.
 */
export interface IncomingMessage {
  /** The body as it arrived: bytes off a broker, or the envelope object in-process. */
  readonly body: Buffer | object;
  /** 1-based delivery attempt, as the wire counts it. */
  readonly attempt: number;
  /** The identity the wire authenticated as the publisher (AMQP `user_id`), when it carries one. */
  readonly publisher?: string;
  /** W3C `traceparent` carried beside the body, if any. */
  readonly traceParent?: string;
  /** Done with: applied, a duplicate, or parked as a dead letter. Removes it from the wire. */
  ack(): Promise<void>;
  /**
   * Deliver it again as attempt `attempt + 1` after `delayMs` — a timer, a delay queue or a delayed
   * negative acknowledgement — and remove this delivery. `reason` is the failure, for the wire's
   * own diagnostics.
   */
  retry(delayMs: number, reason: string): Promise<void>;
  /** The pipeline parked it as a dead letter; the wire may keep a copy of its own (a DLQ), then removes it. */
  deadLettered(reason: string): Promise<void>;
  /** Settling failed (the wire or the database is gone): leave it to the wire's own redelivery. */
  release(): void;
}

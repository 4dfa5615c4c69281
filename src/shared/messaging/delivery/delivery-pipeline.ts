import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { isDatabaseUnavailable } from '../../database/database-unavailable';
import { attachTraceParent } from '../../observability/tracing/trace-parent';
import { ConsumerRegistration, ConsumerRegistry } from '../consumers/consumer-registry';
import { DeadLetterKind, DeadLetterRepository } from '../dead-letters/dead-letter.repository';
import { EventRegistry, moduleOfType } from '../envelope/event-registry';
import { IntegrationEvent } from '../integration-event';
import { TRANSPORT_ADAPTER, TransportAdapter } from '../transports/transport-adapter';
import { DeliveryTelemetry } from './delivery-telemetry';
import { Inbox } from './inbox';
import { IncomingMessage } from './incoming-message';
import { decideAfterFailure, retryDelayMs } from './retry-policy';
import { StreamLanes } from './stream-lanes';

/** A message that must not be applied: why, and how a redrive should treat it. */
class RejectedMessage extends Error {
  constructor(
    readonly kind: Extract<DeadLetterKind, 'invalid' | 'unauthentic'>,
    message: string,
  ) {
    super(message);
  }
}

interface Failure {
  registration: ConsumerRegistration;
  error: unknown;
}

/**
 * The one delivery pipeline, whatever the transport:
 *
 *   decode (size, JSON, envelope and payload validation, upcasting, publisher authenticity)
 *   → per-stream lanes (one stream's events in order, streams concurrently, bounded)
 *   → inbox → handler (each of the module's consumers of the type, once each)
 *   → retry decision (backoff, never giving up while only the database is away)
 *   → dead letter (parked with its reason; the stream's later events keep flowing)
 *
 * with telemetry and tracing in one place. A transport only hands messages in (`receive`) and carries
 * out the settlement the pipeline chooses (ack, retry after a delay, dead-lettered, release).
 */
@Injectable()
export class DeliveryPipeline {
  /** One set of lanes per module, so a burst for one module never holds up another's events. */
  private readonly lanes = new Map<string, StreamLanes>();
  private readonly policy: AppConfig['consumer'];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly registry: EventRegistry,
    private readonly consumers: ConsumerRegistry,
    private readonly inbox: Inbox,
    private readonly deadLetters: DeadLetterRepository,
    private readonly telemetry: DeliveryTelemetry,
    @Inject(TRANSPORT_ADAPTER) private readonly transport: TransportAdapter,
  ) {
    this.policy = config.consumer;
  }

  /** Takes one message for `module` from the transport. Never throws: every outcome is a settlement. */
  receive(module: string, message: IncomingMessage): void {
    let event: IntegrationEvent;
    try {
      event = this.decode(module, message);
    } catch (error) {
      void this.settle(message, () => this.reject(module, message, error));
      return;
    }
    this.lanesOf(module).run(event.envelope.streamId, () =>
      this.settle(message, () => this.apply(module, event, message)),
    );
  }

  /** Resolves when every message received so far is settled (the transport stopped taking more). */
  async idle(): Promise<void> {
    await Promise.all([...this.lanes.values()].map((lanes) => lanes.idle()));
  }

  private lanesOf(module: string): StreamLanes {
    let lanes = this.lanes.get(module);
    if (!lanes) this.lanes.set(module, (lanes = new StreamLanes(this.policy.concurrency)));
    return lanes;
  }

  private decode(module: string, message: IncomingMessage): IntegrationEvent {
    const raw = this.parse(message.body);
    const event = this.registry.parse(raw);
    const { type } = event.envelope;
    const trusted = this.transport.trustedPublishers?.(moduleOfType(type), module);
    if (trusted && !(message.publisher !== undefined && trusted.includes(message.publisher))) {
      throw new RejectedMessage(
        'unauthentic',
        `${type} ${event.envelope.eventId} was published by ${message.publisher ?? 'an unidentified publisher'}; ` +
          `only ${trusted.join(' or ')} may publish it to ${module}`,
      );
    }
    attachTraceParent(event.envelope, message.traceParent);
    return event;
  }

  private parse(body: Buffer | object): unknown {
    if (!Buffer.isBuffer(body)) return body;
    if (body.length > this.policy.maxMessageBytes) {
      throw new RejectedMessage(
        'invalid',
        `message of ${body.length} bytes exceeds the limit of ${this.policy.maxMessageBytes} bytes`,
      );
    }
    try {
      return JSON.parse(body.toString('utf8'));
    } catch {
      throw new RejectedMessage('invalid', 'message body is not JSON');
    }
  }

  private async apply(module: string, event: IntegrationEvent, message: IncomingMessage): Promise<void> {
    const failures: Failure[] = [];
    for (const registration of this.consumers.of(module, event.envelope.type)) {
      try {
        await this.telemetry.observe(registration.consumer, event.envelope, () =>
          this.inbox.apply(registration, event),
        );
      } catch (error) {
        failures.push({ registration, error });
      }
    }
    if (failures.length === 0) return message.ack();
    const decision = decideAfterFailure(
      this.policy,
      message.attempt,
      failures.map(({ error }) => ({ unavailable: isDatabaseUnavailable(error) })),
    );
    const consumers = failures.map(({ registration }) => registration.consumer);
    if (decision.action === 'retry') {
      this.telemetry.retrying(consumers, event.envelope, message.attempt, decision.delayMs, failures[0].error);
      return message.retry(decision.delayMs, describe(failures[0].error));
    }
    for (const { registration, error } of failures) {
      await this.deadLetters.park({
        consumer: registration.consumer,
        kind: 'failed',
        message: event.envelope,
        error: describe(error),
        attempts: message.attempt,
      });
      this.telemetry.deadLettered(registration.consumer, event.envelope, message.attempt, error);
    }
    return message.deadLettered(describe(failures[0].error));
  }

  /** Parks a message that is no valid event for this module (whatever decoding found); it is never retried. */
  private async reject(module: string, message: IncomingMessage, error: unknown): Promise<void> {
    const kind = error instanceof RejectedMessage ? error.kind : 'invalid';
    const reason = describe(error);
    const consumer = `${module}.invalid-message`;
    const body = Buffer.isBuffer(message.body) ? this.readable(message.body) : message.body;
    await this.deadLetters.park({ consumer, kind, message: body, error: reason, attempts: message.attempt });
    this.telemetry.rejected(consumer, typeOf(body), reason);
    await message.deadLettered(reason);
  }

  /** The body as JSON when it is, for the dead letter; else the bytes (stored as text, truncated when large). */
  private readable(body: Buffer): unknown {
    if (body.length > this.policy.maxMessageBytes) return body;
    try {
      return JSON.parse(body.toString('utf8'));
    } catch {
      return body;
    }
  }

  /**
   * Runs `work`, which settles the message. If `work` itself fails — the database is gone while a dead
   * letter is parked — the message comes back after the backoff, where the inbox skips whatever was
   * already applied; if even that fails (the wire is gone), it is released to the wire's own redelivery.
   */
  private async settle(message: IncomingMessage, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      try {
        await message.retry(retryDelayMs(this.policy, message.attempt), describe(error));
      } catch {
        message.release();
      }
    }
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const typeOf = (body: unknown): string | undefined => {
  const type = (body as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type.slice(0, 200) : undefined;
};

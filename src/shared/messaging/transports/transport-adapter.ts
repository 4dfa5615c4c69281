import { EventEnvelope } from '../integration-event';

/** Health of a transport as `/health/ready` reports it. */
export interface TransportHealth {
  up: boolean;
  detail?: string;
}

/**
 * Moves committed events from the relay to consumers. Module code never sees it: commands record
 * events through `UnitOfWork`, handlers are `@OnIntegrationEvent` providers.
 */
export interface EventTransport {
  readonly name: string;
  /** Starts delivering to the consumers discovered in this process. */
  start(): Promise<void>;
  /**
   * Delivers envelopes in the given order. Resolves only when every one is durably accepted
   * (in-process: every local consumer applied or parked it; broker: confirmed), so the relay may
   * mark them published; rejects otherwise and the relay tries again later.
   */
  publish(envelopes: readonly EventEnvelope[]): Promise<void>;
  /** Fire-and-forget delivery for best-effort telemetry; never throws. */
  publishBestEffort(envelopes: readonly EventEnvelope[]): void;
  health(): TransportHealth;
  /** Messages waiting per queue this process consumes, for transports that have queues (a metrics gauge). */
  queueDepths?(): Promise<ReadonlyMap<string, number>>;
  stop(): Promise<void>;
}

export const EVENT_TRANSPORT = Symbol('EVENT_TRANSPORT');

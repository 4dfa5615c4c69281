import { IncomingMessage } from '../delivery/incoming-message';
import { EventEnvelope } from '../integration-event';

/** Health of a transport as `/health/ready` reports it. */
export interface TransportHealth {
  up: boolean;
  detail?: string;
}

/** The event types one hosted module consumes (derived from its handlers' declarations). */
export interface Subscription {
  module: string;
  types: readonly string[];
}

/** Where a transport hands every message it receives: the delivery pipeline. */
export type Deliver = (module: string, message: IncomingMessage) => void;

/**
 * A transport is a thin wire adapter under the one delivery pipeline: how a committed event leaves
 * (publish, with the wire's acknowledgement as the relay's confirm), how a message arrives (`listen`,
 * each message handed to `deliver`), how it is settled and how a retry waits (`IncomingMessage`).
 * Decoding, ordering, the inbox, retries, dead letters and telemetry are the pipeline's, never the
 * transport's. Module code never sees a transport.
 */
export interface TransportAdapter {
  readonly name: string;
  /**
   * Connects and prepares publishing for this process: declares what the hosted modules'
   * subscriptions need so that events published from now on reach them. Runs before the relay.
   */
  start(subscriptions: readonly Subscription[]): Promise<void>;
  /** Starts taking messages for `subscriptions`, each handed to `deliver`. */
  listen(subscriptions: readonly Subscription[], deliver: Deliver): Promise<void>;
  /**
   * Publishes envelopes in the given order. Resolves only when the wire durably accepted every one
   * (in-process: every local module settled it; a broker: confirmed), so the relay may mark them
   * published; rejects otherwise and the relay tries again later.
   */
  publish(envelopes: readonly EventEnvelope[]): Promise<void>;
  /** Fire-and-forget delivery for best-effort telemetry; never throws. */
  publishBestEffort(envelopes: readonly EventEnvelope[]): void;
  /**
   * Hands a parked event back to one consuming module only, as a first attempt. Resolves when the wire
   * has it durably (in-process: when the module settled it); rejects with `RedeliveryUnavailableError`
   * when the wire cannot take it now.
   */
  redeliver(module: string, envelope: EventEnvelope): Promise<void>;
  /**
   * The publisher identities a consumer in module `consumer` may accept an event of module `owner`
   * from: the owner's own identity, and the consumer's (its own retries and redrives). Undefined when
   * the wire authenticates no publisher (in-process).
   */
  trustedPublishers?(owner: string, consumer: string): readonly string[];
  health(): TransportHealth;
  /** Messages waiting per queue this process consumes, for transports that have queues (a metrics gauge). */
  queueDepths?(): Promise<ReadonlyMap<string, number>>;
  /** Stops taking new messages; those in hand are settled by the pipeline before `stop`. */
  close(): Promise<void>;
  /** Disconnects. */
  stop(): Promise<void>;
}

export const TRANSPORT_ADAPTER = Symbol('TRANSPORT_ADAPTER');

/** The transport could not take a message back right now (broker unreachable); nothing was lost. */
export class RedeliveryUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedeliveryUnavailableError';
  }
}

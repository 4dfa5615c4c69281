import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JetStreamClient, JsMsg, MsgHdrs, headers } from 'nats';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { traceHeaders } from '../../../observability/tracing/trace-parent';
import { EventRegistry } from '../../envelope/event-registry';
import { toPublicEvent } from '../../envelope/public-form';
import { EventEnvelope } from '../../integration-event';
import {
  Deliver,
  RedeliveryUnavailableError,
  Subscription,
  TransportAdapter,
  TransportHealth,
} from '../transport-adapter';
import { NatsConnection, redactedServers } from './nats-connection';
import { NatsIncoming } from './nats-incoming';
import { PartitionLeases } from './nats-leases';
import { NatsNames, partitionOf, partitionsOf } from './nats-names';
import { declareModuleConsumers, declareStreams, leaseBucket } from './nats-topology';

/** How long start-up waits for the server before it fails with a clear message. */
const CONNECT_TIMEOUT_MS = 30000;

/**
 * How long one pull request waits for messages. Stopping waits for the open one to end, because
 * messages JetStream sends to a request nobody reads any more would wait out the ack wait.
 */
const PULL_EXPIRES_MS = 2000;

/** One module's consumer of one partition, pulling while this instance holds its lease. */
interface PartitionConsumer {
  module: string;
  partition: number;
  types: ReadonlySet<string>;
  /** The pull loop, while this instance consumes the partition. */
  pulling?: Promise<void>;
  tending?: Promise<void>;
}

/**
 * NATS JetStream under the delivery pipeline. Publishing: each event to `<prefix>.events.<partition>.<type>`
 * (partition = hash of the stream id) with `Nats-Msg-Id` = event id, so the stream drops a re-sent
 * copy within its duplicate window, and `publish` resolves once JetStream acknowledged every one; then
 * the public form to `<prefix>.public.<type>`. Consuming: per hosted module and partition a durable pull
 * consumer, consumed by the one instance that holds the partition's lease, each delivery handed to the
 * pipeline as a `NatsIncoming`. The consumer reads the whole partition (one filter subject per consumer
 * in nats-server 2.9) and acknowledges at once what its module does not consume.
 */
@Injectable()
export class NatsAdapter implements TransportAdapter {
  readonly name = 'nats';
  private readonly logger = new Logger('Nats');
  private readonly names: NatsNames;
  private readonly instance = randomUUID().replace(/-/g, '');
  private js?: JetStreamClient;
  private leases?: PartitionLeases;
  private partitions: PartitionConsumer[] = [];
  private deliver?: Deliver;
  private timer?: NodeJS.Timeout;
  private closing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: NatsConnection,
    private readonly registry: EventRegistry,
  ) {
    this.names = new NatsNames(config.nats.namePrefix);
  }

  async start(subscriptions: readonly Subscription[]): Promise<void> {
    const nc = await this.connection.open(CONNECT_TIMEOUT_MS);
    const jsm = await this.connection.jetstreamManager();
    await declareStreams(jsm, this.names, this.config.nats);
    for (const { module } of subscriptions) await declareModuleConsumers(jsm, this.names, this.config.nats, module);
    this.js = this.connection.jetstream();
    const kv = await leaseBucket(this.js, this.names, this.config.nats);
    this.leases = new PartitionLeases(
      nc,
      kv,
      this.instance,
      (instance) => this.names.instanceSubject(instance),
      this.config.nats.leaseSeconds * 1000,
    );
  }

  async listen(subscriptions: readonly Subscription[], deliver: Deliver): Promise<void> {
    this.deliver = deliver;
    this.closing = false;
    this.leases!.start();
    this.partitions = subscriptions.flatMap(({ module, types }) =>
      partitionsOf(this.config.nats.partitions).map((partition) => ({ module, partition, types: new Set(types) })),
    );
    await Promise.all(this.partitions.map((partition) => this.tend(partition)));
    this.timer = setInterval(() => this.partitions.forEach((partition) => void this.tend(partition)), this.tick);
    for (const { module, types } of subscriptions) this.logger.debug(`consuming ${module}: ${types.join(', ')}`);
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    const js = this.requireJetStream();
    const { partitions } = this.config.nats;
    // In order on one connection: JetStream stores them in this order, acknowledging each.
    await Promise.all(
      envelopes.map((envelope) =>
        js.publish(
          this.names.eventSubject(envelope.type, partitionOf(envelope.streamId, partitions)),
          encode(envelope),
          {
            msgID: envelope.eventId,
            headers: messageHeaders(envelope),
          },
        ),
      ),
    );
    // Only after every internal event is stored: a public event never goes out unless its internal one did.
    const publicEvents = envelopes
      .map((envelope) => toPublicEvent(envelope, this.registry.publicShapeOf(envelope.type)))
      .filter((event) => event !== undefined);
    await Promise.all(
      publicEvents.map((event) =>
        js.publish(this.names.publicSubject(event.type), encode(event), { msgID: event.eventId }),
      ),
    );
  }

  publishBestEffort(envelopes: readonly EventEnvelope[]): void {
    if (!this.connection.isConnected()) return;
    try {
      for (const envelope of envelopes) {
        const subject = this.names.eventSubject(
          envelope.type,
          partitionOf(envelope.streamId, this.config.nats.partitions),
        );
        const options = messageHeaders(envelope);
        options.set('Nats-Msg-Id', envelope.eventId);
        this.connection.nc.publish(subject, encode(envelope), { headers: options });
      }
    } catch (error) {
      this.logger.warn(`best-effort delivery dropped: ${String(error)}`);
    }
  }

  /**
   * Publishes the envelope on the module's redrive subject of its stream's partition, which only that
   * module's consumer of the partition hands to the pipeline, as a first attempt; resolves once stored.
   * No `Nats-Msg-Id`: a redrive is a new message, the duplicate window must not drop it.
   */
  async redeliver(module: string, envelope: EventEnvelope): Promise<void> {
    if (!this.js || !this.connection.isConnected()) throw new RedeliveryUnavailableError('NATS is not connected');
    const subject = this.names.redriveSubject(module, partitionOf(envelope.streamId, this.config.nats.partitions));
    try {
      await this.js.publish(subject, encode(envelope), { headers: messageHeaders(envelope) });
    } catch (error) {
      throw new RedeliveryUnavailableError(`${subject} did not take ${envelope.eventId}: ${String(error)}`);
    }
  }

  /**
   * The publisher of a NATS message is the module its subject belongs to (see `NatsNames.parse`). The
   * server proves nothing about who sent it, but with per-service users it refuses a publish on another
   * module's subjects, so the subject is as trustworthy as those permissions (docs/messaging.md).
   */
  trustedPublishers(owner: string, consumer: string): readonly string[] {
    return owner === consumer ? [owner] : [owner, consumer];
  }

  health(): TransportHealth {
    if (this.js && this.connection.isConnected()) return { up: true };
    return { up: false, detail: `not connected to NATS at ${redactedServers(this.config.nats.servers)}` };
  }

  /** Per hosted partition consumer: messages not yet delivered plus those delivered and unsettled; per module: its dead-letter copies. */
  async queueDepths(): Promise<ReadonlyMap<string, number>> {
    const jsm = await this.connection.jetstreamManager();
    const depths = new Map<string, number>();
    for (const { module, partition } of this.partitions) {
      const info = await jsm.consumers.info(this.names.eventsStream, this.names.consumer(module, partition));
      depths.set(`${this.names.eventsStream}/${info.name}`, info.num_pending + info.num_ack_pending);
    }
    const deadLetters = await jsm.streams.info(this.names.deadLetterStream, { subjects_filter: '>' });
    for (const module of new Set(this.partitions.map(({ module }) => module))) {
      const subject = this.names.deadLetterSubject(module);
      depths.set(subject, deadLetters.state.subjects?.[subject] ?? 0);
    }
    return depths;
  }

  /** Stops consuming; deliveries in hand are settled by the pipeline while the connection stays open. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.timer);
    await Promise.all(this.partitions.map(({ tending }) => tending));
    await Promise.all(this.partitions.map((partition) => this.pause(partition)));
  }

  /** Gives up the leases, so other instances take the partitions over at once, and disconnects. */
  async stop(): Promise<void> {
    await this.close();
    const leases = this.leases;
    if (leases) {
      await Promise.all(
        this.partitions.map(({ module, partition }) => leases.release(this.names.leaseKey(module, partition))),
      );
      leases.stop();
    }
    this.partitions = [];
    this.js = undefined;
    await this.connection.close();
  }

  /** Renews the lease of a consumed partition, or claims a free one and starts consuming it. */
  private tend(partition: PartitionConsumer): Promise<void> {
    if (this.closing || partition.tending) return partition.tending ?? Promise.resolve();
    const key = this.names.leaseKey(partition.module, partition.partition);
    const leases = this.leases!;
    partition.tending = (async () => {
      if (partition.pulling) {
        if (!(await leases.renew(key))) {
          this.logger.warn(`lost the lease of ${key}; another instance consumes it now`);
          await this.pause(partition);
        }
      } else if (await leases.claim(key)) {
        await this.consume(partition);
      }
    })()
      .catch((error: unknown) => this.logger.debug(`lease ${key}: ${String(error)}`))
      .finally(() => (partition.tending = undefined));
    return partition.tending;
  }

  private async consume(partition: PartitionConsumer): Promise<void> {
    const consumer = await this.requireJetStream().consumers.get(
      this.names.eventsStream,
      this.names.consumer(partition.module, partition.partition),
    );
    const pull = async () => {
      while (partition.pulling === pulling) {
        try {
          const batch = await consumer.fetch({ max_messages: this.config.nats.prefetch, expires: PULL_EXPIRES_MS });
          for await (const message of batch) this.receive(partition, message);
        } catch (error) {
          // Disconnected, or the server is busy: JetStream keeps every message; try again shortly.
          this.logger.debug(`pulling ${this.names.consumer(partition.module, partition.partition)}: ${String(error)}`);
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
    };
    const pulling: Promise<void> = Promise.resolve().then(pull);
    partition.pulling = pulling;
  }

  private receive(partition: PartitionConsumer, message: JsMsg): void {
    // Arrived after this instance stopped consuming the partition: straight back, for its next holder.
    if (this.closing || !partition.pulling) return message.nak();
    const subject = this.names.parse(message.subject);
    const notOurs =
      subject?.type !== undefined
        ? !partition.types.has(subject.type)
        : subject?.redriveFor !== undefined && subject.redriveFor !== partition.module;
    if (notOurs) return message.ack();
    const deadLetters = this.names.deadLetterSubject(partition.module);
    this.deliver?.(
      partition.module,
      new NatsIncoming(message, this.requireJetStream(), deadLetters, subject?.publisher),
    );
  }

  /** Stops pulling the partition once the open pull request has ended (what arrives meanwhile goes straight back). */
  private async pause(partition: PartitionConsumer): Promise<void> {
    const pulling = partition.pulling;
    partition.pulling = undefined;
    await pulling;
  }

  /** Leases are renewed four times per lease period, so a slow renewal or two never loses one. */
  private get tick(): number {
    return (this.config.nats.leaseSeconds * 1000) / 4;
  }

  private requireJetStream(): JetStreamClient {
    if (!this.js) throw new Error('NATS is not connected');
    return this.js;
  }
}

const encode = (value: object): Uint8Array => Buffer.from(JSON.stringify(value), 'utf8');

/** Trace context beside the body, so the consumer's span continues the publisher's trace. */
function messageHeaders(envelope: EventEnvelope): MsgHdrs {
  const result = headers();
  for (const [name, value] of Object.entries(traceHeaders(envelope))) result.set(name, value);
  return result;
}

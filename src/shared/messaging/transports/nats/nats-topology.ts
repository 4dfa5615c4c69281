import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamClient,
  JetStreamManager,
  KV,
  RetentionPolicy,
  StorageType,
  StreamConfig,
  nanos,
} from 'nats';
import { AppConfig } from '../../../config/app-config';
import { NatsNames, partitionsOf } from './nats-names';

/** How long JetStream remembers an event id to drop a re-sent copy (its default). */
const DUPLICATE_WINDOW_MS = 2 * 60 * 1000;
/** How long outside consumers can still read a public event. */
const PUBLIC_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

type NatsSettings = AppConfig['nats'];

/** Creates a stream unless it exists; an existing one is left as its operator configured it. */
async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    await jsm.streams.info(config.name);
  } catch {
    await jsm.streams.add(config).catch(async (error: unknown) => {
      // Another instance created it in between.
      await jsm.streams.info(config.name).catch(() => Promise.reject(error));
    });
  }
}

/**
 * The events stream (interest retention: a message stays until every module consumer that existed
 * when it arrived settled it; one that no consumer reads is not kept, the event store keeps it), the
 * public stream (limits, seven days, for outside consumers) and the dead-letter stream (kept until an
 * operator purges it). Each de-duplicates on `Nats-Msg-Id` within the duplicate window.
 */
export async function declareStreams(jsm: JetStreamManager, names: NatsNames, settings: NatsSettings): Promise<void> {
  const common = {
    storage: StorageType.File,
    num_replicas: settings.replicas,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    discard: DiscardPolicy.Old,
  };
  await ensureStream(jsm, {
    ...common,
    name: names.eventsStream,
    subjects: [names.eventsSubjects],
    retention: RetentionPolicy.Interest,
  });
  await ensureStream(jsm, {
    ...common,
    name: names.publicStream,
    subjects: [names.publicSubjects],
    retention: RetentionPolicy.Limits,
    max_age: nanos(PUBLIC_MAX_AGE_MS),
  });
  await ensureStream(jsm, {
    ...common,
    name: names.deadLetterStream,
    subjects: [names.deadLetterSubjects],
    retention: RetentionPolicy.Limits,
  });
}

/**
 * A module's durable pull consumers, one per partition, created before the relay runs so that every
 * event published from then on is kept for the module. Unlimited deliveries: the pipeline, not the
 * server, decides when a message is parked (it retries forever while only the database is away).
 * Settings that may change between releases are updated on an existing consumer.
 */
export async function declareModuleConsumers(
  jsm: JetStreamManager,
  names: NatsNames,
  settings: NatsSettings,
  module: string,
): Promise<void> {
  const tunable = {
    ack_wait: nanos(settings.ackWaitSeconds * 1000),
    max_ack_pending: settings.prefetch,
    max_deliver: -1,
  };
  for (const partition of partitionsOf(settings.partitions)) {
    const durable = names.consumer(module, partition);
    const exists = await jsm.consumers.info(names.eventsStream, durable).then(
      () => true,
      () => false,
    );
    if (exists) {
      await jsm.consumers.update(names.eventsStream, durable, tunable);
      continue;
    }
    await jsm.consumers.add(names.eventsStream, {
      ...tunable,
      durable_name: durable,
      filter_subject: names.partitionFilter(partition),
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
    });
  }
}

/** The bucket of partition leases: an entry expires `NATS_LEASE_SECONDS` after its holder last wrote it. */
export function leaseBucket(js: JetStreamClient, names: NatsNames, settings: NatsSettings): Promise<KV> {
  return js.views.kv(names.leaseBucket, {
    ttl: settings.leaseSeconds * 1000,
    history: 1,
    replicas: settings.replicas,
  });
}

import { randomBytes } from 'node:crypto';
import { Server, Socket, connect as connectTcp, createServer } from 'node:net';
import { JetStreamManager, NatsConnection, connect } from 'nats';
import { EventEnvelope } from '../../src/shared/messaging/integration-event';
import { NatsNames, partitionOf } from '../../src/shared/messaging/transports/nats/nats-names';

/** The NATS server with JetStream the tests use. */
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export interface TestNats {
  /** `NATS_URL` of this test file: a TCP relay to the server, so the test can cut every connection at once. */
  url: string;
  /** A fresh `NATS_PREFIX`: its own streams, consumers and lease bucket. */
  newPrefix(): string;
  /** Cuts every client connection made through `url`, as a server restart or a network cut would. */
  closeConnections(): Promise<void>;
  /** Deletes the streams and buckets of every prefix handed out, and closes the relay. */
  drop(): Promise<void>;
}

/** A plain client on the test server, for what an operator or an outside publisher would do. */
export function natsClient(url = TEST_NATS_URL): Promise<NatsConnection> {
  const { hostname, port } = new URL(url);
  return connect({ servers: `${hostname}:${port || 4222}` });
}

/** Deletes every stream (key-value buckets are streams too) whose name starts with one of `prefixes`. */
export async function deleteStreams(jsm: JetStreamManager, prefixes: readonly string[]): Promise<void> {
  const names: string[] = [];
  for await (const name of jsm.streams.names()) names.push(name);
  const owned = names.filter((name) =>
    prefixes.some((prefix) => name.startsWith(`${prefix}-`) || name === `KV_${prefix}-leases`),
  );
  for (const name of owned) await jsm.streams.delete(name).catch(() => undefined);
}

export async function createTestNats(): Promise<TestNats> {
  const target = new URL(TEST_NATS_URL);
  const sockets = new Set<Socket>();
  const relay: Server = createServer((client) => {
    const server = connectTcp(Number(target.port || 4222), target.hostname);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        server.destroy();
      });
    }
    client.pipe(server);
    server.pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const prefixes: string[] = [];
  return {
    url: `nats://127.0.0.1:${port}`,
    newPrefix: () => {
      const prefix = `t${randomBytes(4).toString('hex')}`;
      prefixes.push(prefix);
      return prefix;
    },
    closeConnections: async () => sockets.forEach((socket) => socket.destroy()),
    drop: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => relay.close(resolve));
      const nc = await natsClient();
      try {
        await deleteStreams(await nc.jetstreamManager(), prefixes);
      } finally {
        await nc.close();
      }
    },
  };
}

/** The partition count of a deployment's environment (the transport's test default, or the adapter's). */
const partitionsOf = (env: Record<string, string>) => Number(env.NATS_PARTITIONS ?? 4);

/**
 * Puts each envelope on a deployment's events subjects `times` more times, as a relay re-sending it
 * after the duplicate window would: without `Nats-Msg-Id`, so JetStream stores every copy.
 */
export async function publishCopies(env: Record<string, string>, envelopes: readonly EventEnvelope[], times: number) {
  const names = new NatsNames(env.NATS_PREFIX);
  const nc = await natsClient(env.NATS_URL);
  try {
    const js = nc.jetstream();
    for (const envelope of envelopes) {
      const subject = names.eventSubject(envelope.type, partitionOf(envelope.streamId, partitionsOf(env)));
      for (let copy = 0; copy < times; copy++) await js.publish(subject, Buffer.from(JSON.stringify(envelope)));
    }
  } finally {
    await nc.close();
  }
}

/** Messages a deployment's module consumers have yet to settle: not delivered yet, or delivered and unacknowledged. */
export async function unsettledMessages(env: Record<string, string>): Promise<number> {
  const names = new NatsNames(env.NATS_PREFIX);
  const nc = await natsClient(env.NATS_URL);
  try {
    const jsm = await nc.jetstreamManager();
    let unsettled = 0;
    for await (const info of jsm.consumers.list(names.eventsStream))
      unsettled += info.num_pending + info.num_ack_pending;
    return unsettled;
  } catch {
    return 0; // No stream yet: nothing waits.
  } finally {
    await nc.close();
  }
}

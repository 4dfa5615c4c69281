import { randomBytes } from 'node:crypto';
import { connect } from 'nats';

export const BENCH_NATS_URL = process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4222';

export interface BenchNats {
  url: string;
  prefix: string;
  drop(): Promise<void>;
}

/** A fresh `NATS_PREFIX` on the server; dropping deletes the streams and the lease bucket it named. */
export async function createBenchNats(): Promise<BenchNats> {
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  return {
    url: BENCH_NATS_URL,
    prefix,
    drop: async () => {
      const { hostname, port } = new URL(BENCH_NATS_URL);
      const nc = await connect({ servers: `${hostname}:${port || 4222}` });
      try {
        const jsm = await nc.jetstreamManager();
        for await (const name of jsm.streams.names()) {
          if (name.startsWith(`${prefix}-`) || name === `KV_${prefix}-leases`) await jsm.streams.delete(name);
        }
      } finally {
        await nc.close();
      }
    },
  };
}

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const BENCH_RABBITMQ_URL = process.env.BENCH_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export interface BenchBroker {
  url: string;
  prefix: string;
  drop(): Promise<void>;
}

const rabbitmqctl = (...args: string[]) => run('rabbitmqctl', ['--quiet', ...args], { timeout: 30000 });

/**
 * A throw-away virtual host, so the run's quorum queues vanish with it. Without `rabbitmqctl` (a remote
 * broker) the default virtual host is used and the queues named `<prefix>.*` are left behind.
 */
export async function createBenchBroker(): Promise<BenchBroker> {
  const prefix = `bench${randomBytes(3).toString('hex')}`;
  const vhost = `ecomm-${prefix}`;
  const user = decodeURIComponent(new URL(BENCH_RABBITMQ_URL).username || 'guest');
  try {
    await rabbitmqctl('add_vhost', vhost);
    await rabbitmqctl('set_permissions', '-p', vhost, user, '.*', '.*', '.*');
  } catch (error) {
    console.warn(`rabbitmqctl unavailable (${String(error).split('\n')[0]}); queues ${prefix}.* stay on the broker`);
    return { url: BENCH_RABBITMQ_URL, prefix, drop: async () => undefined };
  }
  const url = new URL(BENCH_RABBITMQ_URL);
  url.pathname = `/${encodeURIComponent(vhost)}`;
  return { url: url.toString(), prefix, drop: () => rabbitmqctl('delete_vhost', vhost).then(() => undefined) };
}

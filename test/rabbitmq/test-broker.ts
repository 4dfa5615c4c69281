import { randomBytes } from 'node:crypto';
import { rabbitmqctl } from '../support/rabbitmqctl';

/** Broker used by the tests; each test file gets its own virtual host on it. */
export const TEST_RABBITMQ_URL = process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export interface TestBroker {
  /** URL of a fresh virtual host: nothing in it is shared with any other test file or run. */
  url: string;
  vhost: string;
  /** A fresh `RABBITMQ_PREFIX`, so two apps in one file share queues only when they should. */
  newPrefix(): string;
  /** Closes every client connection to this virtual host, as a broker restart or network cut would. */
  closeConnections(): Promise<void>;
  drop(): Promise<void>;
}

export async function createTestBroker(): Promise<TestBroker> {
  const vhost = `ecomm-test-${randomBytes(6).toString('hex')}`;
  const user = decodeURIComponent(new URL(TEST_RABBITMQ_URL).username || 'guest');
  await rabbitmqctl('add_vhost', vhost);
  await rabbitmqctl('set_permissions', '-p', vhost, user, '.*', '.*', '.*');
  const url = new URL(TEST_RABBITMQ_URL);
  url.pathname = `/${encodeURIComponent(vhost)}`;
  return {
    url: url.toString(),
    vhost,
    newPrefix: () => `t${randomBytes(4).toString('hex')}`,
    closeConnections: () => rabbitmqctl('close_all_connections', '--vhost', vhost, 'test').then(() => undefined),
    drop: () => rabbitmqctl('delete_vhost', vhost).then(() => undefined),
  };
}

import { randomBytes } from 'node:crypto';
import { rabbitmqctl } from '../support/rabbitmqctl';

/** Broker used by the tests; each test file gets its own virtual host on it. */
export const TEST_RABBITMQ_URL = process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export interface TestBroker {
  /** URL of a fresh virtual host (a comma list, one per node, on a cluster): nothing in it is shared with any other test file or run. */
  url: string;
  vhost: string;
  /** Arguments that point `rabbitmqctl` at this broker (empty for the default node). */
  ctlArgs: string[];
  /** A fresh `RABBITMQ_PREFIX`, so two apps in one file share queues only when they should. */
  newPrefix(): string;
  /** Closes every client connection to this virtual host, as a broker restart or network cut would. */
  closeConnections(): Promise<void>;
  drop(): Promise<void>;
}

export interface BrokerSite {
  /** Node URLs of the broker (several for a cluster); the virtual host replaces their path. */
  urls: string[];
  /** `rabbitmqctl -n` target, for a broker other than the default node. */
  node?: string;
}

export async function createTestBroker(site: BrokerSite = { urls: TEST_RABBITMQ_URL.split(',') }): Promise<TestBroker> {
  const vhost = `ecomm-test-${randomBytes(6).toString('hex')}`;
  const ctlArgs = site.node ? ['-n', site.node] : [];
  const ctl = (...args: string[]) => rabbitmqctl(...ctlArgs, ...args);
  const user = decodeURIComponent(new URL(site.urls[0]).username || 'guest');
  await ctl('add_vhost', vhost);
  await ctl('set_permissions', '-p', vhost, user, '.*', '.*', '.*');
  const urls = site.urls.map((node) => {
    const url = new URL(node);
    url.pathname = `/${encodeURIComponent(vhost)}`;
    return url.toString();
  });
  return {
    url: urls.join(','),
    vhost,
    ctlArgs,
    newPrefix: () => `t${randomBytes(4).toString('hex')}`,
    closeConnections: () => ctl('close_all_connections', '--vhost', vhost, 'test').then(() => undefined),
    drop: () => ctl('delete_vhost', vhost).then(() => undefined),
  };
}

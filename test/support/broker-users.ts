import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TestBroker } from '../rabbitmq/test-broker';
import { rabbitmqctl, withRabbitmqctlLock } from './rabbitmqctl';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'create-broker-users.sh');

export interface BrokerUser {
  module: string;
  user: string;
  password: string;
}

/**
 * Runs scripts/create-broker-users.sh for `modules` on the broker's virtual host, as an operator
 * would, and returns what it printed: each module's user and password ("(unchanged)" for a user
 * that existed and got no new password).
 */
export async function createBrokerUsers(
  broker: TestBroker,
  prefix: string,
  modules: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<Map<string, BrokerUser>> {
  const { stdout } = await withRabbitmqctlLock(() =>
    promisify(execFile)('bash', [SCRIPT, '--vhost', broker.vhost, '--prefix', prefix, ...modules], {
      env: { ...process.env, RABBITMQCTL: ['rabbitmqctl', ...broker.ctlArgs].join(' '), ...env },
      timeout: 120000,
    }),
  );
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => line.split('\t'));
  return new Map(lines.map(([module, user, password]): [string, BrokerUser] => [module, { module, user, password }]));
}

/** The broker URL (each node of a comma list) with `user`'s credentials instead of the operator's. */
export function brokerUrlAs(url: string, { user, password }: BrokerUser): string {
  return url
    .split(',')
    .map((node) => {
      const parsed = new URL(node);
      parsed.username = encodeURIComponent(user);
      parsed.password = encodeURIComponent(password);
      return parsed.toString();
    })
    .join(',');
}

/** `RABBITMQ_PUBLISHERS`: which broker user may publish each module's events. */
export function publishersOf(users: ReadonlyMap<string, BrokerUser>): string {
  return [...users.values()].map(({ module, user }) => `${module}=${user}`).join(',');
}

export async function deleteBrokerUsers(broker: TestBroker, users: ReadonlyMap<string, BrokerUser>): Promise<void> {
  for (const { user } of users.values()) {
    await rabbitmqctl(...broker.ctlArgs, 'delete_user', user).catch(() => undefined);
  }
}

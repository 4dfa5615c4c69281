import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestBroker, TestBroker } from '../rabbitmq/test-broker';
import { eventually } from '../support/eventually';
import { rabbitmqctl } from '../support/rabbitmqctl';
import { SplitDeployment } from '../support/split-deployment';
import { queueDepths } from './support/broker-queues';
import { checkConsistency, deliveryBacklog } from './support/consistency';
import { SteadyLoad, accountingLine } from './support/steady-load';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'broker-cluster.sh');
/** A cluster of the suite's own, apart from one a developer may run with `npm run broker:cluster`. */
const CLUSTER = {
  BROKER_CLUSTER_PORT: '5711',
  BROKER_CLUSTER_NAME: 'ecomm-test-cluster',
  BROKER_CLUSTER_DIR: '/tmp/ecomm-test-cluster',
};
const NODES = [1, 2, 3] as const;
type NodeNumber = (typeof NODES)[number];
const nodeName = (node: NodeNumber) => `${CLUSTER.BROKER_CLUSTER_NAME}-${node}@localhost`;
const portOf = (node: NodeNumber) => Number(CLUSTER.BROKER_CLUSTER_PORT) + node - 1;
const OUTAGE_MS = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cluster = (...args: string[]) =>
  run('bash', [SCRIPT, ...args], { env: { ...process.env, ...CLUSTER }, timeout: 300000 });

/** The node that appears most often in a column of a `rabbitmqctl` listing, asked of a running node. */
function mostFrequent(listing: string, column: (fields: string[]) => NodeNumber | undefined): NodeNumber {
  const counts = new Map<NodeNumber, number>();
  for (const line of listing.trim().split('\n')) {
    const node = column(line.split('\t'));
    if (node !== undefined) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  const [best] = [...counts].sort(([, a], [, b]) => b - a);
  if (!best) throw new Error(`nothing to pick from:\n${listing}`);
  return best[0];
}

/**
 * The split deployment on a 3-node RabbitMQ cluster with quorum queues, under a steady write load:
 * the node leading most shard queues stops and comes back, then the node the services are
 * connected to. Services move to a surviving node by themselves (RABBITMQ_URL lists all three).
 */
describe('the split deployment on a RabbitMQ cluster losing nodes', () => {
  let broker: TestBroker;
  let deployment: SplitDeployment;
  const log: string[] = [];
  const running = new Set<NodeNumber>(NODES);
  const anyRunning = () => nodeName([...running][0]);

  beforeAll(async () => {
    const started = Date.now();
    await cluster('start');
    broker = await createTestBroker({
      urls: NODES.map((node) => `amqp://guest:guest@127.0.0.1:${portOf(node)}`),
      node: nodeName(1),
    });
    deployment = await SplitDeployment.start({ broker, env: { RABBITMQ_QUEUE_TYPE: 'quorum' } });
    log.push(`cluster and deployment up in ${Math.round((Date.now() - started) / 1000)} s`);
  }, 400000);

  afterAll(async () => {
    for (const node of NODES) if (!running.has(node)) await cluster('start', String(node)).catch(() => undefined);
    await deployment?.stop();
    await broker?.drop().catch(() => undefined);
    await cluster('clean').catch(() => undefined);
  });

  const stopFor = async (node: NodeNumber, why: string) => {
    log.push(`stopping ${nodeName(node)} (${why})`);
    await cluster('stop', String(node));
    running.delete(node);
    await sleep(OUTAGE_MS);
    await cluster('start', String(node));
    running.add(node);
    log.push(`${nodeName(node)} back`);
  };

  it('loses no event, applies none twice and keeps every projection equal to the event store', async () => {
    const started = Date.now();
    const load = await SteadyLoad.start(deployment.baseUrl, 4, 50);
    await sleep(10_000);

    const leaders = await rabbitmqctl('-n', anyRunning(), 'list_queues', '-p', broker.vhost, 'name', 'leader');
    const leader = mostFrequent(leaders, ([name, node]) =>
      name.startsWith(`${deployment.prefix}.`) ? NODES.find((n) => node === nodeName(n)) : undefined,
    );
    await stopFor(leader, 'it leads most shard queues');
    await sleep(10_000);

    const users = new Set([...deployment.brokerUsers.values()].map(({ user }) => user));
    const connections = await rabbitmqctl('-n', anyRunning(), 'list_connections', 'user', 'port');
    const connected = mostFrequent(connections, ([user, port]) =>
      users.has(user) ? NODES.find((n) => portOf(n) === Number(port)) : undefined,
    );
    await stopFor(connected, 'the services are connected to it');
    await sleep(10_000);

    const settled = await load.stop();
    await eventually(
      () => deliveryBacklog(deployment.overview),
      (backlog) => backlog.unpublished === 0 && backlog.lost.length === 0,
      { timeoutMs: 180000, intervalMs: 1000, what: 'every committed event to reach every consumer' },
    );
    const consistency = await checkConsistency(deployment.overview, (sql, params) =>
      deployment.query('inventory', sql, params),
    );
    const depths = await queueDepths(broker.url.split(',')[0], deployment.prefix);
    console.log(
      `RabbitMQ cluster (3 nodes, quorum queues): ${settled.length} commands in ` +
        `${Math.round((Date.now() - started) / 1000)} s\n${log.join('\n')}\n` +
        accountingLine(consistency, load.longestStall),
    );

    expect(settled.filter((result) => result.unknown)).toEqual([]);
    expect(consistency.lost).toEqual([]);
    expect(consistency.duplicated).toEqual([]);
    expect(consistency.mismatches).toEqual([]);
    expect(consistency.deadLetters).toBe(0);
    expect(depths.deadLettered).toBe(0);
  }, 600000);
});

import { BenchRun } from '../lib/bench-run';
import { measureAnalytics } from './analytics';
import { Results } from '../lib/results';
import { customers, tokenFor } from '../lib/tokens';
import { seedProducts } from './catalog-seed';
import { dropSplitDatabases, startSplit } from '../lib/split';
import { installVisibilityProbe, measurePropagation } from './propagation';
import { measureRead } from './read';
import { measureRelayScenario } from './relay';
import { REPLAY_PROJECTION, measureReplay, seedProductHistory } from './replay';
import { measureReservations } from './reservation';
import { measureSearch, profileSearchQueries, seedSearchIndex } from './search';
import { measureStartup } from './startup';
import { SUSTAINED_STEPS, SUSTAINED_STEP_S, measureSustained } from './sustained';
import { measureWireFloor } from './wire-floor';
import { measureWrite, reviewPairs } from './write';

export const PRODUCTS = 1000;
const CUSTOMERS = 100;
/** Enough distinct (customer, product) pairs for every sustained step: 300 × 1,000. */
const SUSTAINED_CUSTOMERS = 300;
export const PROPAGATION_RATE = 200;
export const RELAY_EVENTS = 20_000;
export const SEARCH_PRODUCTS = 10_000;
export const SEARCH_REVIEWS = 100_000;
export const REPLAY_EVENTS = 100_000;

const count = (value: number) => value.toLocaleString('en-US');

/**
 * The app with in-process events: products created through the API, then reads, steady writes for
 * propagation and the write burst last (it leaves consumers the most work). Returns the product ids.
 */
export async function monolithInProcess(run: BenchRun, results: Results): Promise<string[]> {
  const { progress, durationS } = run;
  progress.phase(`app (in-process events): start, create ${count(PRODUCTS)} products through the API`);
  const app = await run.startApp('inprocess');
  const productIds = await seedProducts(app, run.db, await tokenFor('bench-admin', ['admin']), PRODUCTS);
  await installVisibilityProbe(run.db);
  await run.settle(app);
  if (run.wants('read')) {
    progress.phase(`read: app GET /api/v1/products/:id (${durationS} s)`);
    results.readApp = await measureRead('app', app.baseUrl, (id) => `/api/v1/products/${id}`, productIds, run);
    await run.settle(app);
    progress.phase(`read: app, one product only (view telemetry of one product instead of 1,000) (${durationS} s)`);
    results.readOneProduct = await measureRead(
      'app, one product',
      app.baseUrl,
      (id) => `/api/v1/products/${id}`,
      productIds.slice(0, 1),
      run,
    );
    await run.settle(app);
  }
  if (run.wants('propagation')) {
    progress.phase(`propagation: in-process, ${PROPAGATION_RATE} reviews/s for ${durationS} s`);
    const pairs = reviewPairs(await customers('prop-inprocess', CUSTOMERS), productIds);
    results.propagation.inprocess = await measurePropagation(
      app.baseUrl,
      run.db.url,
      pairs,
      PROPAGATION_RATE,
      durationS,
      [app],
    );
    await run.settle(app);
  }
  if (run.wants('write')) {
    progress.phase(`write: app POST /api/v1/products/:id/reviews (${durationS} s)`);
    const pairs = reviewPairs(await customers('write-app', CUSTOMERS), productIds);
    results.writeApp = await measureWrite('app', app.baseUrl, (id) => `/api/v1/products/${id}/reviews`, pairs, run);
  }
  results.peakRssMb = app.peakRssMb();
  if (run.wants('sustained')) {
    await run.settle(app);
    progress.phase(`sustained: in-process, ${sustainedSteps()}`);
    const pairs = reviewPairs(await customers('sustained-inprocess', SUSTAINED_CUSTOMERS), productIds);
    results.sustained.inprocess = await measureSustained('in-process', app.baseUrl, run.db.url, pairs, progress);
  }
  await run.stop(app);
  await run.discardUnpublishedEvents();
  return productIds;
}

const sustainedSteps = () =>
  `${SUSTAINED_STEPS.join(', ')} reviews/s, ${SUSTAINED_STEP_S} s each, until one falls behind`;

/** The baselines, each alone on the machine, over the same products. */
export async function baselines(run: BenchRun, results: Results, productIds: readonly string[]): Promise<void> {
  run.progress.phase('baseline bare-fastify-pg: read and write');
  const bare = await run.startBaseline('bare-fastify-pg');
  if (run.wants('read')) {
    results.readBare = await measureRead('bare-fastify-pg', bare.baseUrl, (id) => `/products/${id}`, productIds, run);
  }
  if (run.wants('write', 'sustained')) {
    const pairs = reviewPairs(await customers('write-bare', CUSTOMERS), productIds);
    results.writeBare = await measureWrite(
      'bare-fastify-pg',
      bare.baseUrl,
      (id) => `/products/${id}/reviews`,
      pairs,
      run,
    );
  }
  await run.stop(bare);
  await run.discardUnpublishedEvents();
  if (!run.wants('read')) return;
  run.progress.phase('baseline nest-express-typeorm: read');
  const nest = await run.startBaseline('nest-express-typeorm');
  results.readNest = await measureRead(
    'nest-express-typeorm',
    nest.baseUrl,
    (id) => `/products/${id}`,
    productIds,
    run,
  );
  await run.stop(nest);
}

/** The monolith over a broker transport: propagation at the steady rate, then the sustained ramp. */
export async function overBroker(
  run: BenchRun,
  results: Results,
  productIds: readonly string[],
  transport: 'rabbitmq' | 'nats',
): Promise<void> {
  const name = transport === 'nats' ? 'NATS JetStream' : 'RabbitMQ';
  if (transport === 'rabbitmq' && run.wants('propagation')) {
    run.progress.phase(`propagation floor: bare amqplib, ${PROPAGATION_RATE} messages/s for ${run.durationS} s`);
    results.propagationFloor = await measureWireFloor(await run.broker(), PROPAGATION_RATE, run.durationS);
  }
  const app = await run.startApp(transport);
  await run.settle(app);
  if (run.wants('propagation')) {
    run.progress.phase(`propagation: ${name} monolith, ${PROPAGATION_RATE} reviews/s for ${run.durationS} s`);
    const pairs = reviewPairs(await customers(`prop-${transport}`, CUSTOMERS), productIds);
    results.propagation[transport] = await measurePropagation(
      app.baseUrl,
      run.db.url,
      pairs,
      PROPAGATION_RATE,
      run.durationS,
      [app],
    );
    await run.settle(app);
  }
  if (run.wants('sustained')) {
    run.progress.phase(`sustained: ${name} monolith, ${sustainedSteps()}`);
    const pairs = reviewPairs(await customers(`sustained-${transport}`, SUSTAINED_CUSTOMERS), productIds);
    results.sustained[transport] = await measureSustained(name, app.baseUrl, run.db.url, pairs, run.progress);
  }
  await run.stop(app);
  await run.discardUnpublishedEvents();
}

/**
 * The split deployment (five services, a database each, the gateway, RabbitMQ): products created
 * through the gateway, then propagation at the steady rate and the sustained ramp.
 */
export async function split(run: BenchRun, results: Results): Promise<void> {
  run.progress.phase(`split: start 5 services and the gateway, create ${count(PRODUCTS)} products through it`);
  const deployment = await startSplit(await run.broker(), (name, env) => run.startServer(name, env));
  const settle = async () => {
    for (const service of deployment.services) await run.settle(service);
  };
  try {
    const productIds = await seedProducts(
      deployment.gateway,
      deployment.databases.reviews,
      await tokenFor('bench-admin', ['admin']),
      PRODUCTS,
    );
    const search = deployment.databases.search;
    await installVisibilityProbe(search);
    await settle();
    run.progress.phase(`propagation: split, ${PROPAGATION_RATE} reviews/s for ${run.durationS} s`);
    const gateway = deployment.gateway.baseUrl;
    const steady = reviewPairs(await customers('prop-split', CUSTOMERS), productIds);
    results.propagation.split = await measurePropagation(
      gateway,
      search.url,
      steady,
      PROPAGATION_RATE,
      run.durationS,
      [...deployment.services, deployment.gateway],
      deployment.databases.reviews.url,
    );
    await settle();
    run.progress.phase(`sustained: split, ${sustainedSteps()}`);
    const ramp = reviewPairs(await customers('sustained-split', SUSTAINED_CUSTOMERS), productIds);
    results.sustained.split = await measureSustained('split', gateway, search.url, ramp, run.progress);
  } finally {
    await run.stop();
    await dropSplitDatabases(deployment);
  }
}

export async function startup(run: BenchRun, results: Results): Promise<void> {
  run.progress.phase('start-up: the built server (PostgreSQL, embedded) and a CLI, 3 times each');
  results.startup = await measureStartup(run);
}

export async function relay(run: BenchRun, results: Results): Promise<void> {
  run.progress.phase(`relay: ${count(RELAY_EVENTS)} outbox rows to RabbitMQ vs bare amqplib`);
  results.relay = await measureRelayScenario(run.db, await run.broker(), RELAY_EVENTS);
}

export async function search(run: BenchRun, results: Results): Promise<void> {
  run.progress.phase(`search: seed ${count(SEARCH_PRODUCTS)} products, ${count(SEARCH_REVIEWS)} reviews (SQL)`);
  await seedSearchIndex(run.db, SEARCH_PRODUCTS, SEARCH_REVIEWS);
  run.progress.phase(`search: mixed queries (${run.durationS} s)`);
  const app = await run.startApp('inprocess');
  await run.settle(app);
  results.search = await measureSearch(app.baseUrl, run);
  results.searchQueries = await profileSearchQueries(app.baseUrl);
  await run.stop(app);
}

export async function replay(run: BenchRun, results: Results): Promise<void> {
  run.progress.phase(`replay: seed ${count(REPLAY_EVENTS)} stored product-created events`);
  await seedProductHistory(run.db, REPLAY_EVENTS);
  run.progress.phase(`replay: rebuild the ${REPLAY_PROJECTION} projection from them`);
  results.replay = await measureReplay(run.db);
}

export async function reservation(run: BenchRun, results: Results): Promise<void> {
  results.reservation = await measureReservations(run);
}

export async function analytics(run: BenchRun, results: Results): Promise<void> {
  results.analytics = await measureAnalytics(run);
}

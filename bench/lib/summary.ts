import { ANALYTICS_CONNECTIONS } from '../scenarios/analytics';
import { REPLAY_METHOD, REPLAY_PROJECTION } from '../scenarios/replay';
import { RESERVATION_CONNECTIONS, RESERVATION_PRODUCTS } from '../scenarios/reservation';
import { SEARCH_CONNECTIONS } from '../scenarios/search';
import { MILESTONES, PropagationResult } from '../scenarios/propagation';
import { SUSTAINED_DRAIN_MS, SUSTAINED_P99_MS, SUSTAINED_STEP_S, SustainedResult } from '../scenarios/sustained';
import { BenchReport, Measurement, ScenarioResult, atLeast, atMost, machine, ratio } from './report';
import { Results } from './results';

export interface RunFacts {
  startedAt: string;
  loadAtStart: number;
  durationS: number;
  loadDurationS: number;
  postgres: string;
  rabbitmq: string;
  nats: string;
  relayEvents: number;
  propagationRate: number;
  searchCorpus: string;
}

const withRatios = (app: Measurement, baselines: (Measurement | undefined)[]) =>
  baselines.flatMap((baseline) =>
    baseline ? [{ ...baseline, ratio: ratio(app.throughput, baseline.throughput) }] : [],
  );

function propagationScenario(
  name: string,
  result: PropagationResult,
  facts: RunFacts,
  floor?: Measurement,
): ScenarioResult {
  return {
    name,
    measures: `201 of a review → its row committed in the search read model, ${facts.propagationRate} writes/s`,
    app: {
      subject: 'app',
      throughput: result.writes / facts.loadDurationS,
      unit: 'writes/s',
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
    },
    baselines: floor ? [{ ...floor, ratio: null }] : [],
    notes: [
      'path, ms after the event was recorded (p50/p99): ' +
        MILESTONES.map(
          (milestone) => `${milestone} ${result.breakdown[milestone].p50Ms}/${result.breakdown[milestone].p99Ms}`,
        ).join(', '),
      'event loop busy, share of the time: ' +
        Object.entries(result.loopUtilization)
          .map(([server, share]) => `${server} ${share ?? 'not reported'}`)
          .join(', '),
      ...(result.missing > 0 ? [`${result.missing} of ${result.writes} reviews never became visible`] : []),
    ],
  };
}

function sustainedScenario(name: string, result: SustainedResult): ScenarioResult {
  const kept = result.steps.filter((step) => step.keptUp).at(-1);
  return {
    name,
    measures:
      `review writes at rising rates, ${SUSTAINED_STEP_S} s each: the highest with propagation p99 ≤ ` +
      `${SUSTAINED_P99_MS} ms and the backlog visible within ${SUSTAINED_DRAIN_MS} ms (p50/p99 of that step)`,
    app: {
      subject: 'app',
      throughput: result.writesPerSec,
      unit: 'writes/s',
      p50Ms: kept?.p50Ms ?? null,
      p99Ms: kept?.p99Ms ?? null,
    },
    baselines: [],
    notes: result.steps.map(
      (step) =>
        `${step.rate}/s: acknowledged ${step.achievedPerSec}/s, p50 ${step.p50Ms} ms, p99 ${step.p99Ms} ms, backlog at end ` +
        `${step.backlogAtEnd}, drained in ${step.drainMs ?? '> 30000'} ms` +
        `${step.failedWrites > 0 ? `, ${step.failedWrites} writes failed` : ''} → ${step.keptUp ? 'kept up' : 'fell behind'}`,
    ),
  };
}

/** The scenarios measured, the headline numbers and each target met or missed. */
export function buildReport(results: Results, facts: RunFacts): BenchReport {
  const scenarios: ScenarioResult[] = [];
  const { readApp, writeApp, relay, search, replay, propagation } = results;
  if (readApp) {
    scenarios.push({
      name: 'read',
      measures: 'GET /api/v1/products/:id, 50 connections, 1,000 product ids in turn',
      app: readApp,
      baselines: withRatios(readApp, [results.readBare, results.readNest]),
      notes: [],
    });
  }
  if (results.readOneProduct) {
    scenarios.push({
      name: 'read-one-product',
      measures: 'the read scenario with every request for one product (diagnostic, no target)',
      app: results.readOneProduct,
      baselines: withRatios(results.readOneProduct, [results.readBare, results.readNest]),
      notes: [
        'each product read is counted as a view; the counts of every product viewed in a window (VIEW_FLUSH_INTERVAL_MS, 10 s) are published as ' +
          'one product-detail-viewed event per product, which inventory applies in its own transaction',
      ],
    });
  }
  if (writeApp) {
    scenarios.push({
      name: 'write',
      measures:
        'POST /api/v1/products/:id/reviews (state + outbox in one transaction), 50 connections, distinct customers',
      app: writeApp,
      baselines: withRatios(writeApp, [results.writeBare]),
      notes: [],
    });
  }
  if (relay) {
    scenarios.push({
      name: 'relay',
      measures: `${facts.relayEvents} prefilled outbox rows published to RabbitMQ with confirms, then marked published`,
      app: relay.app,
      baselines: withRatios(relay.app, [relay.baseline]),
      notes: [],
    });
  }
  if (propagation.inprocess) scenarios.push(propagationScenario('propagation-inprocess', propagation.inprocess, facts));
  if (propagation.rabbitmq)
    scenarios.push(propagationScenario('propagation-rabbitmq', propagation.rabbitmq, facts, results.propagationFloor));
  if (propagation.nats) scenarios.push(propagationScenario('propagation-nats', propagation.nats, facts));
  if (propagation.split) scenarios.push(propagationScenario('propagation-split', propagation.split, facts));
  for (const deployment of ['inprocess', 'rabbitmq', 'nats', 'split'] as const) {
    const result = results.sustained[deployment];
    if (result) scenarios.push(sustainedScenario(`sustained-${deployment}`, result));
  }
  if (results.startup) {
    const { serverMs, embeddedMs, embeddedFirstMs, cliMs } = results.startup;
    scenarios.push({
      name: 'startup',
      measures: 'spawn → /health/ready of the built server; a CLI to its exit (median of 3)',
      app: { subject: 'server (PostgreSQL)', throughput: null, unit: '', p50Ms: serverMs, p99Ms: null },
      baselines: [],
      notes: [
        `embedded default database: ${embeddedMs} ms (its very first start, creating the database: ${embeddedFirstMs} ms)`,
        `token CLI: ${cliMs} ms`,
      ],
    });
  }
  if (search) {
    scenarios.push({
      name: 'search',
      measures: `mixed GET /api/v1/search over ${facts.searchCorpus}, ${SEARCH_CONNECTIONS} connections`,
      app: search,
      baselines: [],
      notes: results.searchQueries ?? [],
    });
  }
  const { reservation } = results;
  if (reservation) {
    for (const [name, result] of [
      ['reservation', reservation.spread],
      ['reservation-hot', reservation.hot],
    ] as const) {
      const { failed, total, ...app } = result;
      scenarios.push({
        name,
        measures: `POST /api/v1/inventory/:id/reservations of 1 unit, ${RESERVATION_CONNECTIONS} connections, ${
          name === 'reservation' ? `${RESERVATION_PRODUCTS} products in turn` : 'every request on one product'
        }`,
        app,
        baselines: [],
        notes: failed > 0 ? [`${failed} of ${total} requests refused (409 after the retries ran out, or errors)`] : [],
      });
    }
  }
  if (replay) {
    scenarios.push({
      name: 'replay',
      measures: REPLAY_METHOD,
      app: {
        subject: REPLAY_PROJECTION,
        throughput: replay.eventsPerSec,
        unit: 'events/s',
        p50Ms: null,
        p99Ms: null,
      },
      baselines: [],
      notes: [`replayed ${replay.events} events; the whole rebuild took ${replay.totalSeconds.toFixed(1)} s`],
    });
  }
  const analytics = results.analytics;
  if (analytics) {
    const count = (value: number) => Math.round(value).toLocaleString('en-US');
    for (const [name, measurement] of [
      ['analytics-events', analytics.counts],
      ['analytics-trend', analytics.trend],
      ['analytics-top', analytics.top],
    ] as const) {
      scenarios.push({
        name,
        measures: `${measurement.subject} over ${count(analytics.events)} stored events, ${ANALYTICS_CONNECTIONS} connections`,
        app: measurement,
        baselines: [],
        notes:
          name === 'analytics-events'
            ? [
                `seeded in ${analytics.seedSeconds.toFixed(1)} s; rollup catch-up from scratch ${count(analytics.catchUpEventsPerSec)} events/s`,
                `rating-trend projection rebuilt in ${analytics.trendRebuildSeconds.toFixed(1)} s`,
                ...analytics.profile,
              ]
            : [],
      });
    }
  }
  const report: BenchReport = {
    startedAt: facts.startedAt,
    durationS: facts.durationS,
    machine: machine(facts.postgres, facts.rabbitmq, facts.nats, facts.loadAtStart),
    scenarios,
    readRatio: ratio(readApp?.throughput ?? null, results.readBare?.throughput ?? null),
    writeRatio: ratio(writeApp?.throughput ?? null, results.writeBare?.throughput ?? null),
    relayRatio: relay ? ratio(relay.app.throughput, relay.baseline.throughput) : null,
    propagationP99Ms: {
      inprocess: propagation.inprocess?.p99Ms ?? null,
      rabbitmq: propagation.rabbitmq?.p99Ms ?? null,
      nats: propagation.nats?.p99Ms ?? null,
      split: propagation.split?.p99Ms ?? null,
    },
    propagationBreakdownMs: {
      inprocess: propagation.inprocess?.breakdown ?? null,
      rabbitmq: propagation.rabbitmq?.breakdown ?? null,
      nats: propagation.nats?.breakdown ?? null,
      split: propagation.split?.breakdown ?? null,
    },
    propagationFloorMs: {
      rabbitmq: results.propagationFloor
        ? { p50Ms: results.propagationFloor.p50Ms, p99Ms: results.propagationFloor.p99Ms }
        : null,
    },
    propagationLoopUtilization: {
      inprocess: propagation.inprocess?.loopUtilization ?? null,
      rabbitmq: propagation.rabbitmq?.loopUtilization ?? null,
      nats: propagation.nats?.loopUtilization ?? null,
      split: propagation.split?.loopUtilization ?? null,
    },
    sustainedWritesPerSec: {
      inprocess: results.sustained.inprocess?.writesPerSec ?? null,
      rabbitmq: results.sustained.rabbitmq?.writesPerSec ?? null,
      nats: results.sustained.nats?.writesPerSec ?? null,
      split: results.sustained.split?.writesPerSec ?? null,
    },
    sustainedRatio: ratio(results.sustained.inprocess?.writesPerSec ?? null, results.writeBare?.throughput ?? null),
    startupMs: results.startup
      ? {
          server: results.startup.serverMs,
          embedded: results.startup.embeddedMs,
          embeddedFirst: results.startup.embeddedFirstMs,
          cli: results.startup.cliMs,
        }
      : null,
    searchP99Ms: search?.p99Ms ?? null,
    reservationP99Ms: { spread: reservation?.spread.p99Ms ?? null, hot: reservation?.hot.p99Ms ?? null },
    reservationsPerSec: {
      spread: reservation ? Math.round(reservation.spread.throughput ?? 0) : null,
      hot: reservation ? Math.round(reservation.hot.throughput ?? 0) : null,
    },
    replayEventsPerSec: replay ? Math.round(replay.eventsPerSec) : null,
    analyticsP99Ms: analytics
      ? {
          events: analytics.counts.p99Ms ?? 0,
          trend: analytics.trend.p99Ms ?? 0,
          top: analytics.top.p99Ms ?? 0,
          max: Math.max(analytics.counts.p99Ms ?? 0, analytics.trend.p99Ms ?? 0, analytics.top.p99Ms ?? 0),
        }
      : null,
    analyticsCatchUpEventsPerSec: analytics ? Math.round(analytics.catchUpEventsPerSec) : null,
    replayMethod: REPLAY_METHOD,
    peakRssMb: results.peakRssMb ?? null,
    targets: [],
    failures: results.failures,
  };
  report.targets = [
    atLeast('read ratio (vs bare-fastify-pg)', 0.7, report.readRatio),
    atLeast('write ratio (vs bare-fastify-pg)', 0.6, report.writeRatio),
    atLeast('relay ratio (vs bare amqplib)', 0.6, report.relayRatio),
    atMost('propagation p99 in-process (ms)', 15, report.propagationP99Ms.inprocess),
    atMost('propagation p99 RabbitMQ (ms)', 30, report.propagationP99Ms.rabbitmq),
    atMost('propagation p99 NATS (ms)', 30, report.propagationP99Ms.nats),
    atMost('propagation p99 split (ms)', 30, report.propagationP99Ms.split),
    atLeast('sustained ratio (in-process ÷ bare writes)', 0.5, report.sustainedRatio),
    atMost('search p99 (ms)', 40, report.searchP99Ms),
    atLeast('replay (events/s)', 10_000, report.replayEventsPerSec),
    atMost('analytics p99, slowest endpoint, 1,000,000 events (ms)', 50, report.analyticsP99Ms?.max ?? null),
    atMost('peak RSS under read+write (MB)', 250, report.peakRssMb),
    atMost('server start-up (ms)', 2000, report.startupMs?.server ?? null),
    atMost('server start-up, embedded database (ms)', 2000, report.startupMs?.embedded ?? null),
    atMost('CLI answer (ms)', 1000, report.startupMs?.cli ?? null),
  ];
  return report;
}

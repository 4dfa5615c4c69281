import { assertHealthy, runLoad } from '../lib/load';
import { Measurement } from '../lib/report';

export interface LoadSettings {
  durationS: number;
  warmupS: number;
}

export const READ_CONNECTIONS = 50;

/** `GET <path(id)>` over the given product ids in turn, 50 connections, after a warm-up run. */
export async function measureRead(
  subject: string,
  baseUrl: string,
  path: (id: string) => string,
  ids: readonly string[],
  settings: LoadSettings,
): Promise<Measurement> {
  let next = 0;
  const request = () => ({ path: path(ids[next++ % ids.length]) });
  await runLoad({ url: baseUrl, connections: READ_CONNECTIONS, durationS: settings.warmupS, next: request });
  const result = await runLoad({
    url: baseUrl,
    connections: READ_CONNECTIONS,
    durationS: settings.durationS,
    next: request,
  });
  assertHealthy(`read ${subject}`, result);
  return { subject, throughput: result.throughput, unit: 'req/s', p50Ms: result.p50Ms, p99Ms: result.p99Ms };
}

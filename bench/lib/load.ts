import autocannon from 'autocannon';

/** Throughput of successful (2xx) responses and latency percentiles of one load run. */
export interface LoadResult {
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, plus connection errors and timeouts. */
  failed: number;
  total: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationS: number;
  /** Called before each request: its method, path, headers and body. */
  next: () => { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };
}

/** Runs autocannon against `url` with a request produced by `next()` for every call. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    requests: [
      {
        setupRequest: (request) => {
          const { method = 'GET', path, headers = {}, body } = options.next();
          return {
            ...request,
            method,
            path,
            body,
            headers: {
              ...request.headers,
              ...headers,
              ...(body !== undefined && { 'content-type': 'application/json' }),
            },
          };
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    throughput: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    total: ok + result.non2xx + result.errors,
  };
}

/** Fails loudly when more than 1% of a run's requests failed: its numbers would measure error handling. */
export function assertHealthy(name: string, result: LoadResult): void {
  if (result.failed > result.total * 0.01) {
    throw new Error(`${name}: ${result.failed} of ${result.total} requests failed; the measurement is not valid`);
  }
}

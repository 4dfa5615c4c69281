import { rootReason } from '../error-chain';

export interface UpstreamHealth {
  status: 'up' | 'down';
  url: string;
  /** Status of the upstream's own `/health/ready`, when it answered at all. */
  httpStatus?: number;
  message?: string;
}

/** Readiness of the gateway, shaped like the modules' own (@nestjs/terminus) reports. */
export interface GatewayReadiness {
  status: 'ok' | 'error';
  info: Partial<Record<string, UpstreamHealth>>;
  error: Partial<Record<string, UpstreamHealth>>;
  details: Partial<Record<string, UpstreamHealth>>;
}

async function probe(baseUrl: string, timeoutMs: number): Promise<UpstreamHealth> {
  const url = `${baseUrl}/health/ready`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok
      ? { status: 'up', url, httpStatus: response.status }
      : { status: 'down', url, httpStatus: response.status, message: 'the upstream reports it is not ready' };
  } catch (error) {
    return { status: 'down', url, message: rootReason(error) };
  }
}

/**
 * Asks every upstream's `/health/ready` at once; the gateway is ready only when all of them are and
 * it knows all their routes (else a request it lets through would be answered 503).
 */
export async function checkUpstreams(
  upstreams: ReadonlyArray<{ module: string; baseUrl: string; routesLearnt: boolean }>,
  timeoutMs: number,
): Promise<GatewayReadiness> {
  const results = await Promise.all(
    upstreams.map(async ({ module, baseUrl, routesLearnt }) => {
      const health: UpstreamHealth = await probe(baseUrl, timeoutMs);
      const learning: UpstreamHealth = {
        ...health,
        status: 'down',
        message: 'ready, but the gateway has not learnt its routes yet',
      };
      return [module, health.status === 'up' && !routesLearnt ? learning : health] as const;
    }),
  );
  const report: GatewayReadiness = { status: 'ok', info: {}, error: {}, details: {} };
  for (const [module, health] of results) {
    report.details[module] = health;
    if (health.status === 'up') report.info[module] = health;
    else {
      report.error[module] = health;
      report.status = 'error';
    }
  }
  return report;
}

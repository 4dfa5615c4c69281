import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_PREFIX } from '../../shared/http/configure-http';
import { rootReason } from '../error-chain';
import { mergeOpenApiDocuments } from '../docs/merge-openapi';
import { RouteTable } from './route-table';

export interface RegistryTiming {
  /** Pause between refreshes once every upstream has answered. */
  refreshIntervalMs: number;
  /** Longest pause between attempts while some upstream has never answered (backoff starts at 250 ms). */
  retryMaxMs: number;
  /** A path no upstream declares triggers a refresh, but not more often than this. */
  missCooldownMs: number;
  fetchTimeoutMs: number;
}

export const DEFAULT_REGISTRY_TIMING: RegistryTiming = {
  refreshIntervalMs: 30_000,
  retryMaxMs: 5_000,
  missCooldownMs: 1_000,
  fetchTimeoutMs: 3_000,
};

/** Where a request goes: an upstream, nowhere (404), or unknown yet because some upstream never answered. */
export type Resolution =
  { kind: 'routed'; module: string; baseUrl: string } | { kind: 'unknown' } | { kind: 'unlearnt'; missing: string[] };

interface Upstream {
  module: string;
  baseUrl: string;
  document?: OpenAPIObject;
  fingerprint?: string;
  reachable?: boolean;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const API_PATH = new RegExp(`^/${API_PREFIX}/`);
const isApiPath = (path: string) => API_PATH.test(path);

/**
 * The gateway's knowledge of its upstreams: each one's OpenAPI document (`/docs/openapi.json`),
 * hence the route table and the merged document. Learnt at start-up, retried with backoff while
 * an upstream is missing (they may start after the gateway), refreshed periodically and when a
 * request matches nothing. A document once learnt is kept while its upstream is unreachable, so
 * its routes answer 503 rather than 404.
 */
export class UpstreamRegistry implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Gateway');
  private readonly upstreams: Upstream[];
  private table = new RouteTable([]);
  private merged?: OpenAPIObject;
  private inFlight?: Promise<void>;
  private lastRefreshAt = 0;
  private timer?: NodeJS.Timeout;
  private failedRounds = 0;
  private stopped = false;

  constructor(
    upstreams: Record<string, string>,
    private readonly timing: RegistryTiming = DEFAULT_REGISTRY_TIMING,
  ) {
    this.upstreams = Object.entries(upstreams).map(([module, baseUrl]) => ({
      module: module,
      baseUrl: baseUrl.replace(/\/+$/, ''),
    }));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.schedule();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  probeTargets(): Array<{ module: string; baseUrl: string; routesLearnt: boolean }> {
    return this.upstreams.map(({ module, baseUrl, document }) => ({ module, baseUrl, routesLearnt: !!document }));
  }

  async resolve(method: string, path: string): Promise<Resolution> {
    const resolution = this.lookup(method, path);
    if (resolution.kind === 'routed') return resolution;
    if (Date.now() - this.lastRefreshAt >= this.timing.missCooldownMs) await this.refresh();
    else await this.inFlight;
    return this.lookup(method, path);
  }

  /** The merged OpenAPI document of every upstream that has answered so far. */
  document(): OpenAPIObject {
    const known = this.upstreams.flatMap(({ module, document }) => (document ? [{ module, document }] : []));
    this.merged ??= mergeOpenApiDocuments(
      {
        openapi: known[0]?.document.openapi ?? '3.0.0',
        info: known[0]?.document.info ?? { title: 'E-commerce review platform', version: 'unknown' },
        servers: [{ url: '/' }],
      },
      known,
      isApiPath,
    );
    return this.merged;
  }

  private lookup(method: string, path: string): Resolution {
    const module = this.table.resolve(method, path);
    if (module) return { kind: 'routed', module, baseUrl: this.upstreams.find((u) => u.module === module)!.baseUrl };
    const missing = this.upstreams.filter((upstream) => !upstream.document).map((upstream) => upstream.module);
    return missing.length > 0 ? { kind: 'unlearnt', missing } : { kind: 'unknown' };
  }

  /** Fetches every document again; concurrent callers share one round. */
  refresh(): Promise<void> {
    this.inFlight ??= Promise.all(this.upstreams.map((upstream) => this.fetchDocument(upstream)))
      .then((changed) => {
        if (changed.some(Boolean)) this.rebuild();
      })
      .finally(() => {
        this.lastRefreshAt = Date.now();
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private schedule(): void {
    if (this.stopped) return;
    const complete = this.upstreams.every((upstream) => upstream.document);
    this.failedRounds = complete ? 0 : this.failedRounds + 1;
    const delay = complete
      ? this.timing.refreshIntervalMs
      : Math.min(250 * 2 ** (this.failedRounds - 1), this.timing.retryMaxMs);
    this.timer = setTimeout(() => void this.refresh().then(() => this.schedule()), delay);
    this.timer.unref();
  }

  /** Resolves to whether the upstream's document changed. */
  private async fetchDocument(upstream: Upstream): Promise<boolean> {
    try {
      const response = await fetch(`${upstream.baseUrl}/docs/openapi.json`, {
        signal: AbortSignal.timeout(this.timing.fetchTimeoutMs),
      });
      if (!response.ok) throw new Error(`GET /docs/openapi.json answered ${response.status}`);
      const text = await response.text();
      const document = JSON.parse(text) as OpenAPIObject;
      if (upstream.reachable !== true) this.logger.log(`${upstream.module} answered at ${upstream.baseUrl}`);
      upstream.reachable = true;
      if (text === upstream.fingerprint) return false;
      upstream.document = document;
      upstream.fingerprint = text;
      return true;
    } catch (error) {
      if (upstream.reachable !== false) {
        this.logger.warn(`cannot read the routes of ${upstream.module} at ${upstream.baseUrl}: ${rootReason(error)}`);
      }
      upstream.reachable = false;
      return false;
    }
  }

  private rebuild(): void {
    this.table = new RouteTable(
      this.upstreams.flatMap(({ module, document }) => {
        if (!document) return [];
        const paths = Object.entries(document.paths ?? {})
          .filter(([path]) => isApiPath(path))
          .map(([path, item]) => [path, Object.keys(item).filter((key) => HTTP_METHODS.has(key))] as const);
        return [{ module, paths: Object.fromEntries(paths) }];
      }),
    );
    this.merged = undefined;
    const learnt = this.upstreams.filter((upstream) => upstream.document).map((upstream) => upstream.module);
    this.logger.log(`routing /${API_PREFIX} to ${learnt.join(', ') || 'no upstream yet'}`);
  }
}

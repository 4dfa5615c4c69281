"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UpstreamRegistry = exports.DEFAULT_REGISTRY_TIMING = void 0;
const common_1 = require("@nestjs/common");
const configure_http_1 = require("../../shared/http/configure-http");
const error_chain_1 = require("../error-chain");
const merge_openapi_1 = require("../docs/merge-openapi");
const route_table_1 = require("./route-table");
exports.DEFAULT_REGISTRY_TIMING = {
    refreshIntervalMs: 30_000,
    retryMaxMs: 5_000,
    missCooldownMs: 1_000,
    fetchTimeoutMs: 3_000,
};
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const API_PATH = new RegExp(`^/${configure_http_1.API_PREFIX}/`);
const isApiPath = (path) => API_PATH.test(path);
/**
 * The gateway's knowledge of its upstreams: each one's OpenAPI document (`/docs/openapi.json`),
 * hence the route table and the merged document. Learnt at start-up, retried with backoff while
 * an upstream is missing (they may start after the gateway), refreshed periodically and when a
 * request matches nothing. A document once learnt is kept while its upstream is unreachable, so
 * its routes answer 503 rather than 404.
 */
class UpstreamRegistry {
    timing;
    logger = new common_1.Logger('Gateway');
    upstreams;
    table = new route_table_1.RouteTable([]);
    merged;
    inFlight;
    lastRefreshAt = 0;
    timer;
    failedRounds = 0;
    stopped = false;
    constructor(upstreams, timing = exports.DEFAULT_REGISTRY_TIMING) {
        this.timing = timing;
        this.upstreams = Object.entries(upstreams).map(([module, baseUrl]) => ({
            module: module,
            baseUrl: baseUrl.replace(/\/+$/, ''),
        }));
    }
    async onApplicationBootstrap() {
        await this.refresh();
        this.schedule();
    }
    onModuleDestroy() {
        this.stopped = true;
        clearTimeout(this.timer);
    }
    baseUrls() {
        return this.upstreams.map(({ module, baseUrl }) => ({ module, baseUrl }));
    }
    async resolve(method, path) {
        const resolution = this.lookup(method, path);
        if (resolution.kind === 'routed')
            return resolution;
        if (Date.now() - this.lastRefreshAt >= this.timing.missCooldownMs)
            await this.refresh();
        else
            await this.inFlight;
        return this.lookup(method, path);
    }
    /** The merged OpenAPI document of every upstream that has answered so far. */
    document() {
        const known = this.upstreams.flatMap(({ module, document }) => (document ? [{ module, document }] : []));
        this.merged ??= (0, merge_openapi_1.mergeOpenApiDocuments)({
            openapi: known[0]?.document.openapi ?? '3.0.0',
            info: known[0]?.document.info ?? { title: 'E-commerce review platform', version: 'unknown' },
            servers: [{ url: '/' }],
        }, known, isApiPath);
        return this.merged;
    }
    lookup(method, path) {
        const module = this.table.resolve(method, path);
        if (module)
            return { kind: 'routed', module, baseUrl: this.upstreams.find((u) => u.module === module).baseUrl };
        const missing = this.upstreams.filter((upstream) => !upstream.document).map((upstream) => upstream.module);
        return missing.length > 0 ? { kind: 'unlearnt', missing } : { kind: 'unknown' };
    }
    /** Fetches every document again; concurrent callers share one round. */
    refresh() {
        this.inFlight ??= Promise.all(this.upstreams.map((upstream) => this.fetchDocument(upstream)))
            .then((changed) => {
            if (changed.some(Boolean))
                this.rebuild();
        })
            .finally(() => {
            this.lastRefreshAt = Date.now();
            this.inFlight = undefined;
        });
        return this.inFlight;
    }
    schedule() {
        if (this.stopped)
            return;
        const complete = this.upstreams.every((upstream) => upstream.document);
        this.failedRounds = complete ? 0 : this.failedRounds + 1;
        const delay = complete
            ? this.timing.refreshIntervalMs
            : Math.min(250 * 2 ** (this.failedRounds - 1), this.timing.retryMaxMs);
        this.timer = setTimeout(() => void this.refresh().then(() => this.schedule()), delay);
        this.timer.unref();
    }
    /** Resolves to whether the upstream's document changed. */
    async fetchDocument(upstream) {
        try {
            const response = await fetch(`${upstream.baseUrl}/docs/openapi.json`, {
                signal: AbortSignal.timeout(this.timing.fetchTimeoutMs),
            });
            if (!response.ok)
                throw new Error(`GET /docs/openapi.json answered ${response.status}`);
            const text = await response.text();
            const document = JSON.parse(text);
            if (upstream.reachable !== true)
                this.logger.log(`${upstream.module} answered at ${upstream.baseUrl}`);
            upstream.reachable = true;
            if (text === upstream.fingerprint)
                return false;
            upstream.document = document;
            upstream.fingerprint = text;
            return true;
        }
        catch (error) {
            if (upstream.reachable !== false) {
                this.logger.warn(`cannot read the routes of ${upstream.module} at ${upstream.baseUrl}: ${(0, error_chain_1.rootReason)(error)}`);
            }
            upstream.reachable = false;
            return false;
        }
    }
    rebuild() {
        this.table = new route_table_1.RouteTable(this.upstreams.flatMap(({ module, document }) => {
            if (!document)
                return [];
            const paths = Object.entries(document.paths ?? {})
                .filter(([path]) => isApiPath(path))
                .map(([path, item]) => [path, Object.keys(item).filter((key) => HTTP_METHODS.has(key))]);
            return [{ module, paths: Object.fromEntries(paths) }];
        }));
        this.merged = undefined;
        const learnt = this.upstreams.filter((upstream) => upstream.document).map((upstream) => upstream.module);
        this.logger.log(`routing /${configure_http_1.API_PREFIX} to ${learnt.join(', ') || 'no upstream yet'}`);
    }
}
exports.UpstreamRegistry = UpstreamRegistry;
//# sourceMappingURL=upstream-registry.js.map
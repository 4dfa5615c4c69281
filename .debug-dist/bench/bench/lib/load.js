"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.runLoad = runLoad;
exports.assertHealthy = assertHealthy;
const autocannon_1 = __importDefault(require("autocannon"));
/** Runs autocannon against `url` with a request produced by `next()` for every call. */
async function runLoad(options) {
    const result = await (0, autocannon_1.default)({
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
function assertHealthy(name, result) {
    if (result.failed > result.total * 0.01) {
        throw new Error(`${name}: ${result.failed} of ${result.total} requests failed; the measurement is not valid`);
    }
}

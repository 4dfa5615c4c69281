"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkUpstreams = checkUpstreams;
const error_chain_1 = require("../error-chain");
async function probe(baseUrl, timeoutMs) {
    const url = `${baseUrl}/health/ready`;
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        await response.body?.cancel();
        return response.ok
            ? { status: 'up', url, httpStatus: response.status }
            : { status: 'down', url, httpStatus: response.status, message: 'the upstream reports it is not ready' };
    }
    catch (error) {
        return { status: 'down', url, message: (0, error_chain_1.rootReason)(error) };
    }
}
/** Asks every upstream's `/health/ready` at once; the gateway is ready only when all of them are. */
async function checkUpstreams(upstreams, timeoutMs) {
    const results = await Promise.all(upstreams.map(async ({ module, baseUrl }) => [module, await probe(baseUrl, timeoutMs)]));
    const report = { status: 'ok', info: {}, error: {}, details: {} };
    for (const [module, health] of results) {
        report.details[module] = health;
        if (health.status === 'up')
            report.info[module] = health;
        else {
            report.error[module] = health;
            report.status = 'error';
        }
    }
    return report;
}
//# sourceMappingURL=upstream-health.js.map
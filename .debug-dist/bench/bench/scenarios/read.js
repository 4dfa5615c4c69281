"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.READ_CONNECTIONS = void 0;
exports.measureRead = measureRead;
const load_1 = require("../lib/load");
exports.READ_CONNECTIONS = 50;
/** `GET <path(id)>` over the given product ids in turn, 50 connections, after a warm-up run. */
async function measureRead(subject, baseUrl, path, ids, settings) {
    let next = 0;
    const request = () => ({ path: path(ids[next++ % ids.length]) });
    await (0, load_1.runLoad)({ url: baseUrl, connections: exports.READ_CONNECTIONS, durationS: settings.warmupS, next: request });
    const result = await (0, load_1.runLoad)({
        url: baseUrl,
        connections: exports.READ_CONNECTIONS,
        durationS: settings.durationS,
        next: request,
    });
    (0, load_1.assertHealthy)(`read ${subject}`, result);
    return { subject, throughput: result.throughput, unit: 'req/s', p50Ms: result.p50Ms, p99Ms: result.p99Ms };
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REVIEW_BODY = exports.WRITE_CONNECTIONS = void 0;
exports.reviewPairs = reviewPairs;
exports.measureWrite = measureWrite;
const load_1 = require("../lib/load");
exports.WRITE_CONNECTIONS = 50;
/**
 * Distinct (customer, product) pairs in an order that spreads consecutive writes over products, so
 * concurrent requests rarely wait on one product's row lock: each customer reviews a product once.
 */
function reviewPairs(customers, productIds) {
    let next = 0;
    return () => {
        const index = next++;
        if (index >= customers.length * productIds.length)
            throw new Error('ran out of distinct (customer, product) pairs');
        return {
            customer: customers[Math.floor(index / productIds.length)],
            productId: productIds[index % productIds.length],
        };
    };
}
exports.REVIEW_BODY = JSON.stringify({
    title: 'Solid and well made',
    body: 'Arrived quickly, works as described and feels built to last. Would buy it again.',
});
/** `POST <path(productId)>` with a fresh customer token per pair, 50 connections, after a warm-up run. */
async function measureWrite(subject, baseUrl, path, pairs, settings) {
    const request = () => {
        const { customer, productId } = pairs();
        return {
            method: 'POST',
            path: path(productId),
            headers: { authorization: `Bearer ${customer.token}` },
            body: exports.REVIEW_BODY,
        };
    };
    await (0, load_1.runLoad)({ url: baseUrl, connections: exports.WRITE_CONNECTIONS, durationS: settings.warmupS, next: request });
    const result = await (0, load_1.runLoad)({
        url: baseUrl,
        connections: exports.WRITE_CONNECTIONS,
        durationS: settings.durationS,
        next: request,
    });
    (0, load_1.assertHealthy)(`write ${subject}`, result);
    return { subject, throughput: result.throughput, unit: 'req/s', p50Ms: result.p50Ms, p99Ms: result.p99Ms };
}

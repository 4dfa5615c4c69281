"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEARCH_REVIEWS = exports.SEARCH_PRODUCTS = exports.RELAY_EVENTS = exports.PROPAGATION_RATE = exports.PRODUCTS = void 0;
exports.monolithInProcess = monolithInProcess;
exports.baselines = baselines;
exports.propagationOverRabbitMq = propagationOverRabbitMq;
exports.relay = relay;
exports.search = search;
exports.replay = replay;
const tokens_1 = require("../lib/tokens");
const catalog_seed_1 = require("./catalog-seed");
const propagation_1 = require("./propagation");
const read_1 = require("./read");
const relay_1 = require("./relay");
const replay_1 = require("./replay");
const search_1 = require("./search");
const write_1 = require("./write");
exports.PRODUCTS = 1000;
const CUSTOMERS = 100;
exports.PROPAGATION_RATE = 200;
exports.RELAY_EVENTS = 20_000;
exports.SEARCH_PRODUCTS = 10_000;
exports.SEARCH_REVIEWS = 100_000;
const REPLAY_PRODUCTS = 10_000;
const REPLAY_VERSIONS = 10;
const count = (value) => value.toLocaleString('en-US');
/**
 * The app with in-process events: products created through the API, then reads, steady writes for
 * propagation and the write burst last (it leaves consumers the most work). Returns the product ids.
 */
async function monolithInProcess(run, results) {
    const { progress, durationS } = run;
    progress.phase(`app (in-process events): start, create ${count(exports.PRODUCTS)} products through the API`);
    const app = await run.startApp('inprocess');
    const productIds = await (0, catalog_seed_1.seedProducts)(app, run.db, await (0, tokens_1.tokenFor)('bench-admin', ['admin']), exports.PRODUCTS);
    await (0, propagation_1.installVisibilityProbe)(run.db);
    await run.settle(app);
    if (run.wants('read')) {
        progress.phase(`read: app GET /api/v1/products/:id (${durationS} s)`);
        results.readApp = await (0, read_1.measureRead)('app', app.baseUrl, (id) => `/api/v1/products/${id}`, productIds, run);
        await run.settle(app);
    }
    if (run.wants('propagation')) {
        progress.phase(`propagation: in-process, ${exports.PROPAGATION_RATE} reviews/s for ${durationS} s`);
        const pairs = (0, write_1.reviewPairs)(await (0, tokens_1.customers)('prop-inprocess', CUSTOMERS), productIds);
        results.propagation.inprocess = await (0, propagation_1.measurePropagation)(app, run.db, pairs, exports.PROPAGATION_RATE, durationS);
        await run.settle(app);
    }
    if (run.wants('write')) {
        progress.phase(`write: app POST /api/v1/products/:id/reviews (${durationS} s)`);
        const pairs = (0, write_1.reviewPairs)(await (0, tokens_1.customers)('write-app', CUSTOMERS), productIds);
        results.writeApp = await (0, write_1.measureWrite)('app', app.baseUrl, (id) => `/api/v1/products/${id}/reviews`, pairs, run);
    }
    results.peakRssMb = app.peakRssMb();
    await run.stop(app);
    await run.discardUnpublishedEvents();
    return productIds;
}
/** The baselines, each alone on the machine, over the same products. */
async function baselines(run, results, productIds) {
    run.progress.phase('baseline bare-fastify-pg: read and write');
    const bare = await run.startBaseline('bare-fastify-pg');
    if (run.wants('read')) {
        results.readBare = await (0, read_1.measureRead)('bare-fastify-pg', bare.baseUrl, (id) => `/products/${id}`, productIds, run);
    }
    if (run.wants('write')) {
        const pairs = (0, write_1.reviewPairs)(await (0, tokens_1.customers)('write-bare', CUSTOMERS), productIds);
        results.writeBare = await (0, write_1.measureWrite)('bare-fastify-pg', bare.baseUrl, (id) => `/products/${id}/reviews`, pairs, run);
    }
    await run.stop(bare);
    await run.discardUnpublishedEvents();
    if (!run.wants('read'))
        return;
    run.progress.phase('baseline nest-express-typeorm: read');
    const nest = await run.startBaseline('nest-express-typeorm');
    results.readNest = await (0, read_1.measureRead)('nest-express-typeorm', nest.baseUrl, (id) => `/products/${id}`, productIds, run);
    await run.stop(nest);
}
async function propagationOverRabbitMq(run, results, productIds) {
    run.progress.phase(`propagation: RabbitMQ monolith, ${exports.PROPAGATION_RATE} reviews/s for ${run.durationS} s`);
    const app = await run.startApp('rabbitmq');
    await run.settle(app);
    const pairs = (0, write_1.reviewPairs)(await (0, tokens_1.customers)('prop-rabbitmq', CUSTOMERS), productIds);
    results.propagation.rabbitmq = await (0, propagation_1.measurePropagation)(app, run.db, pairs, exports.PROPAGATION_RATE, run.durationS);
    await run.stop(app);
}
async function relay(run, results) {
    run.progress.phase(`relay: ${count(exports.RELAY_EVENTS)} outbox rows to RabbitMQ vs bare amqplib`);
    results.relay = await (0, relay_1.measureRelayScenario)(run.db, run.broker, exports.RELAY_EVENTS);
}
async function search(run, results) {
    run.progress.phase(`search: seed ${count(exports.SEARCH_PRODUCTS)} products, ${count(exports.SEARCH_REVIEWS)} reviews (SQL)`);
    await (0, search_1.seedSearchIndex)(run.db, exports.SEARCH_PRODUCTS, exports.SEARCH_REVIEWS);
    run.progress.phase(`search: mixed queries (${run.durationS} s)`);
    const app = await run.startApp('inprocess');
    await run.settle(app);
    results.search = await (0, search_1.measureSearch)(app.baseUrl, run);
    await run.stop(app);
}
async function replay(run, results) {
    run.progress.phase(`replay: seed ${count(REPLAY_PRODUCTS * REPLAY_VERSIONS)} stored events`);
    await (0, replay_1.seedRatingHistory)(run.db, REPLAY_PRODUCTS, REPLAY_VERSIONS);
    run.progress.phase('replay: apply them to the catalog projection');
    results.replay = await (0, replay_1.measureReplay)(run.db);
}

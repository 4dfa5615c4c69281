"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BENCH_RABBITMQ_URL = void 0;
exports.createBenchBroker = createBenchBroker;
const node_child_process_1 = require("node:child_process");
const node_crypto_1 = require("node:crypto");
const node_util_1 = require("node:util");
const run = (0, node_util_1.promisify)(node_child_process_1.execFile);
exports.BENCH_RABBITMQ_URL = process.env.BENCH_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const rabbitmqctl = (...args) => run('rabbitmqctl', ['--quiet', ...args], { timeout: 30000 });
/**
 * A throw-away virtual host, so the run's quorum queues vanish with it. Without `rabbitmqctl` (a remote
 * broker) the default virtual host is used and the queues named `<prefix>.*` are left behind.
 */
async function createBenchBroker() {
    const prefix = `bench${(0, node_crypto_1.randomBytes)(3).toString('hex')}`;
    const vhost = `ecomm-${prefix}`;
    const user = decodeURIComponent(new URL(exports.BENCH_RABBITMQ_URL).username || 'guest');
    try {
        await rabbitmqctl('add_vhost', vhost);
        await rabbitmqctl('set_permissions', '-p', vhost, user, '.*', '.*', '.*');
    }
    catch (error) {
        console.warn(`rabbitmqctl unavailable (${String(error).split('\n')[0]}); queues ${prefix}.* stay on the broker`);
        return { url: exports.BENCH_RABBITMQ_URL, prefix, drop: async () => undefined };
    }
    const url = new URL(exports.BENCH_RABBITMQ_URL);
    url.pathname = `/${encodeURIComponent(vhost)}`;
    return { url: url.toString(), prefix, drop: () => rabbitmqctl('delete_vhost', vhost).then(() => undefined) };
}

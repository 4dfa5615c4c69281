"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BenchRun = exports.SCENARIOS = void 0;
const processes_1 = require("./processes");
const tokens_1 = require("./tokens");
exports.SCENARIOS = ['read', 'write', 'propagation', 'relay', 'search', 'replay'];
/** Everything the scenario groups share within one run. */
class BenchRun {
    db;
    broker;
    progress;
    only;
    durationS = Number(process.env.BENCH_DURATION_S ?? 10);
    warmupS = Number(process.env.BENCH_WARMUP_S ?? 3);
    servers = new Set();
    constructor(db, broker, progress, only) {
        this.db = db;
        this.broker = broker;
        this.progress = progress;
        this.only = only;
    }
    wants(...names) {
        return names.some((name) => this.only.has(name));
    }
    /** The app (`dist/bench/src/main.js`) on the run's database, with rate limiting off and quiet logs. */
    startApp(transport) {
        return this.track(processes_1.ServerProcess.start(`app-${transport}`, 'src/main.js', {
            DATABASE_URL: this.db.url,
            JWT_SECRET: tokens_1.BENCH_JWT_SECRET,
            EVENT_TRANSPORT: transport,
            RABBITMQ_URL: this.broker.url,
            RABBITMQ_PREFIX: this.broker.prefix,
            LOG_LEVEL: 'warn',
            RATE_LIMIT_ENABLED: 'false',
        }, '/health/ready'));
    }
    startBaseline(name) {
        return this.track(processes_1.ServerProcess.start(name, `bench/baselines/${name}/server.js`, { DATABASE_URL: this.db.url, JWT_SECRET: tokens_1.BENCH_JWT_SECRET }, '/health'));
    }
    /** Stops `server`, or every server still running. */
    async stop(server) {
        const servers = server ? [server] : [...this.servers];
        for (const each of servers) {
            await each.stop();
            this.servers.delete(each);
        }
    }
    /** Lets consumers finish what the previous phase left them before the next phase measures anything. */
    async settle(server) {
        if (!(await server.waitUntilIdle()))
            this.progress.note(`${server.name} was still busy after 60 s; measuring anyway`);
    }
    /** Events nobody will measure any more (a write burst's) must not load the phases after it. */
    async discardUnpublishedEvents() {
        await this.db.query(`UPDATE messaging.event_store SET published_at = now() WHERE published_at IS NULL`);
    }
    async track(starting) {
        const server = await starting;
        this.servers.add(server);
        return server;
    }
}
exports.BenchRun = BenchRun;

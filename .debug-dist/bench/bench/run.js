"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run bench`: measures the app against baselines on this machine's PostgreSQL and RabbitMQ, in its
 * own database and virtual host, prints a table and writes bench/results/<ISO date>.json. BENCH_ONLY
 * (e.g. `read,write`) runs some scenarios only. See bench/README.md for what each scenario measures.
 */
const node_path_1 = require("node:path");
const module_registry_1 = require("../src/module-registry");
const open_database_1 = require("../src/shared/database/open-database");
const bench_run_1 = require("./lib/bench-run");
const broker_1 = require("./lib/broker");
const database_1 = require("./lib/database");
const processes_1 = require("./lib/processes");
const progress_1 = require("./lib/progress");
const report_1 = require("./lib/report");
const summary_1 = require("./lib/summary");
const groups = __importStar(require("./scenarios/groups"));
function selectedScenarios() {
    const raw = process.env.BENCH_ONLY?.split(',')
        .map((name) => name.trim())
        .filter(Boolean) ?? [...bench_run_1.SCENARIOS];
    const unknown = raw.filter((name) => !bench_run_1.SCENARIOS.includes(name));
    if (unknown.length > 0)
        throw new Error(`BENCH_ONLY: unknown scenario ${unknown.join(', ')}; use ${bench_run_1.SCENARIOS.join(', ')}`);
    return new Set(raw);
}
/** Phases announced on the way, so the percentage shown is of the whole run. */
function phaseCount(only) {
    const has = (name) => only.has(name);
    const monolith = has('read') || has('write') || has('propagation');
    return (2 +
        (monolith ? 1 : 0) +
        ['read', 'write', 'propagation'].filter((name) => has(name)).length +
        (has('read') || has('write') ? 1 : 0) +
        (has('read') ? 1 : 0) +
        (has('propagation') ? 1 : 0) +
        (has('relay') ? 1 : 0) +
        (has('search') ? 2 : 0) +
        (has('replay') ? 2 : 0));
}
async function main() {
    const only = selectedScenarios();
    const progress = new progress_1.Progress(phaseCount(only));
    const startedAt = new Date().toISOString();
    progress.phase('setup: database (all migrations), broker virtual host');
    const db = await (0, database_1.createBenchDatabase)();
    const broker = await (0, broker_1.createBenchBroker)();
    const run = new bench_run_1.BenchRun(db, broker, progress, only);
    const cleanup = async () => {
        await run.stop();
        await db.drop().catch((error) => console.warn(`could not drop the bench database: ${error}`));
        await broker.drop().catch((error) => console.warn(`could not drop the bench virtual host: ${error}`));
    };
    process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
    try {
        const schema = await (0, open_database_1.openDatabase)({
            databaseUrl: db.url,
            dataDir: '.data',
            entities: [],
            migrations: (0, module_registry_1.migrationsFor)(module_registry_1.MODULES),
        });
        await schema.close();
        const results = { propagation: {} };
        if (run.wants('read', 'write', 'propagation')) {
            const productIds = await groups.monolithInProcess(run, results);
            if (run.wants('read', 'write'))
                await groups.baselines(run, results, productIds);
            if (run.wants('propagation'))
                await groups.propagationOverRabbitMq(run, results, productIds);
        }
        if (run.wants('relay'))
            await groups.relay(run, results);
        if (run.wants('search'))
            await groups.search(run, results);
        if (run.wants('replay'))
            await groups.replay(run, results);
        progress.phase('report');
        const [{ server_version: postgres }] = await db.query(`SHOW server_version`);
        const report = (0, summary_1.buildReport)(results, {
            startedAt,
            durationS: Math.round(progress.elapsedMs() / 1000),
            loadDurationS: run.durationS,
            postgres,
            rabbitmq: broker.url.replace(/\/\/[^@]*@/, '//'),
            relayEvents: groups.RELAY_EVENTS,
            propagationRate: groups.PROPAGATION_RATE,
            searchCorpus: `${groups.SEARCH_PRODUCTS} products and ${groups.SEARCH_REVIEWS} reviews`,
        });
        (0, report_1.printReport)(report);
        console.log(`results: ${(0, report_1.writeReport)((0, node_path_1.join)(processes_1.BUILD_ROOT, '..', '..'), report)}`);
    }
    finally {
        await cleanup();
    }
}
main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
});

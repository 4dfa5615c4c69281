"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.atMost = exports.atLeast = exports.ratio = void 0;
exports.machine = machine;
exports.printReport = printReport;
exports.writeReport = writeReport;
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const ratio = (app, baseline) => app === null || baseline === null || baseline === 0 ? null : Math.round((app / baseline) * 100) / 100;
exports.ratio = ratio;
const atLeast = (name, goal, actual) => ({
    name,
    goal: `≥ ${goal}`,
    actual,
    met: actual === null ? null : actual >= goal,
});
exports.atLeast = atLeast;
const atMost = (name, goal, actual) => ({
    name,
    goal: `≤ ${goal}`,
    actual,
    met: actual === null ? null : actual <= goal,
});
exports.atMost = atMost;
function machine(postgres, rabbitmq) {
    return { cpus: (0, node_os_1.cpus)().length, cpuModel: (0, node_os_1.cpus)()[0]?.model ?? 'unknown', node: process.version, postgres, rabbitmq };
}
const fixed = (value, digits = 0) => value === null
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
function table(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
    return [line(rows[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
function printReport(report) {
    const rows = [['scenario', 'subject', 'throughput', 'p50 ms', 'p99 ms', 'ratio']];
    for (const scenario of report.scenarios) {
        const { app } = scenario;
        const unitOf = (measurement) => measurement.throughput === null ? '—' : `${fixed(measurement.throughput)} ${measurement.unit}`;
        rows.push([scenario.name, app.subject, unitOf(app), fixed(app.p50Ms, 1), fixed(app.p99Ms, 1), '']);
        for (const baseline of scenario.baselines) {
            const shown = baseline.ratio === null ? '—' : `${fixed(baseline.ratio, 2)}`;
            rows.push([
                '',
                `  vs ${baseline.subject}`,
                unitOf(baseline),
                fixed(baseline.p50Ms, 1),
                fixed(baseline.p99Ms, 1),
                shown,
            ]);
        }
    }
    console.log(`\n${table(rows)}\n`);
    const targets = [['target', 'goal', 'actual', 'result']];
    for (const target of report.targets) {
        const result = target.met === null ? 'not measured' : target.met ? 'met' : 'MISSED';
        targets.push([target.name, target.goal, fixed(target.actual, 2), result]);
    }
    console.log(`${table(targets)}\n`);
    for (const scenario of report.scenarios) {
        for (const note of scenario.notes)
            console.log(`${scenario.name}: ${note}`);
    }
}
/** Writes `bench/results/<ISO date>.json` (colons become dashes so the name is valid everywhere). */
function writeReport(repositoryRoot, report) {
    const directory = (0, node_path_1.join)(repositoryRoot, 'bench', 'results');
    (0, node_fs_1.mkdirSync)(directory, { recursive: true });
    const file = (0, node_path_1.join)(directory, `${report.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
    (0, node_fs_1.writeFileSync)(file, `${JSON.stringify(report, null, 2)}\n`);
    return file;
}

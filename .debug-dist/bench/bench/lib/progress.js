"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Progress = void 0;
const node_perf_hooks_1 = require("node:perf_hooks");
const clock = (ms) => {
    const seconds = Math.floor(ms / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};
/** One line per phase: share of the planned phases done and time elapsed since the run started. */
class Progress {
    phases;
    startedAt = node_perf_hooks_1.performance.now();
    done = 0;
    constructor(phases) {
        this.phases = phases;
    }
    phase(label) {
        const percent = Math.round((100 * this.done) / this.phases);
        this.done++;
        console.log(`[${String(percent).padStart(3)}% ${clock(this.elapsedMs())}] ${label}`);
    }
    /** A detail line inside the current phase. */
    note(message) {
        console.log(`             ${message}`);
    }
    elapsedMs() {
        return node_perf_hooks_1.performance.now() - this.startedAt;
    }
}
exports.Progress = Progress;

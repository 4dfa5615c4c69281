"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PgliteWireServer = void 0;
const node_net_1 = require("node:net");
const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
/** Frontend messages after which the client waits for the server: the end of one request cycle. */
const CYCLE_ENDS = new Set(['S', 'Q', 'H', 'X']);
/**
 * Serves one PGlite instance to many `pg` connections over the Postgres wire protocol.
 * PGlite is a single backend session, so requests must not interleave: each connection's request
 * cycle (e.g. Parse/Bind/Execute/Sync, the extended protocol every parameterised query uses) runs
 * whole, and while a connection has a transaction open only that connection's cycles run. (The
 * stock `pglite-socket` server interleaves single messages, which breaks concurrent queries with
 * "unnamed prepared statement does not exist".)
 */
class PgliteWireServer {
    db;
    server;
    queue = [];
    owner;
    draining = false;
    constructor(db) {
        this.db = db;
        this.server = (0, node_net_1.createServer)((socket) => this.accept(socket));
    }
    listen(host) {
        return new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, host, () => {
                const address = this.server.address();
                resolve(typeof address === 'object' && address ? address.port : 0);
            });
        });
    }
    close() {
        return new Promise((resolve) => this.server.close(() => resolve()));
    }
    accept(socket) {
        const connection = Symbol('connection');
        let buffered = Buffer.alloc(0);
        let started = false;
        let frames = [];
        socket.setNoDelay(true);
        socket.on('data', (chunk) => {
            buffered = Buffer.concat([buffered, chunk]);
            for (;;) {
                const length = started
                    ? 1 + (buffered.length >= 5 ? buffered.readInt32BE(1) : Infinity)
                    : buffered.length >= 4
                        ? buffered.readInt32BE(0)
                        : Infinity;
                if (buffered.length < length)
                    return;
                const frame = buffered.subarray(0, length);
                buffered = buffered.subarray(length);
                if (!started) {
                    const code = frame.readInt32BE(4);
                    if (code === SSL_REQUEST) {
                        socket.write('N');
                        continue;
                    }
                    if (code === CANCEL_REQUEST)
                        continue;
                    started = true;
                    this.enqueue({ connection, frames: [frame], socket });
                    continue;
                }
                frames.push(frame);
                if (CYCLE_ENDS.has(String.fromCharCode(frame[0]))) {
                    this.enqueue({ connection, frames, socket });
                    frames = [];
                }
            }
        });
        socket.on('error', () => socket.destroy());
        socket.on('close', () => void this.release(connection));
    }
    enqueue(cycle) {
        this.queue.push(cycle);
        void this.drain();
    }
    async drain() {
        if (this.draining)
            return;
        this.draining = true;
        try {
            for (;;) {
                const index = this.owner ? this.queue.findIndex((cycle) => cycle.connection === this.owner) : 0;
                if (index < 0 || this.queue.length === 0)
                    return;
                const [cycle] = this.queue.splice(index, 1);
                await this.db.runExclusive(async () => {
                    for (const frame of cycle.frames) {
                        await this.db.execProtocolRawStream(new Uint8Array(frame), {
                            onRawData: (data) => {
                                if (!cycle.socket.destroyed)
                                    cycle.socket.write(data);
                            },
                        });
                    }
                });
                this.owner = this.db.isInTransaction() ? cycle.connection : undefined;
            }
        }
        finally {
            this.draining = false;
        }
    }
    /** A connection that closes mid-transaction must not leave the session locked to it. */
    async release(connection) {
        for (let i = this.queue.length - 1; i >= 0; i--)
            if (this.queue[i].connection === connection)
                this.queue.splice(i, 1);
        if (this.owner !== connection)
            return;
        if (this.db.isInTransaction())
            await this.db.exec('ROLLBACK');
        this.owner = undefined;
        void this.drain();
    }
}
exports.PgliteWireServer = PgliteWireServer;

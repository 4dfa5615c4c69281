import { Server, Socket, createServer } from 'node:net';

/** The slice of PGlite this server needs; kept structural so PGlite stays a lazy import. */
export interface WireDatabase {
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void>;
  runExclusive<T>(work: () => Promise<T>): Promise<T>;
  isInTransaction(): boolean;
  exec(sql: string): Promise<unknown>;
}

interface Cycle {
  connection: symbol;
  frames: Buffer[];
  socket: Socket;
}

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
export class PgliteWireServer {
  private readonly server: Server;
  private readonly queue: Cycle[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly pending = new Set<Promise<void>>();
  private owner: symbol | undefined;
  private draining = false;

  constructor(private readonly db: WireDatabase) {
    this.server = createServer((socket) => this.accept(socket));
  }

  listen(host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, host, () => {
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  }

  /**
   * Stops serving: other processes' connections (tools sharing this database) are cut, and the
   * cycle running, if any, finishes before the database may be closed.
   */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private accept(socket: Socket): void {
    const connection = Symbol('connection');
    let buffered = Buffer.alloc(0);
    let started = false;
    let frames: Buffer[] = [];
    socket.setNoDelay(true);
    this.sockets.add(socket);
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const length = started
          ? 1 + (buffered.length >= 5 ? buffered.readInt32BE(1) : Infinity)
          : buffered.length >= 4
            ? buffered.readInt32BE(0)
            : Infinity;
        if (buffered.length < length) return;
        const frame = buffered.subarray(0, length);
        buffered = buffered.subarray(length);
        if (!started) {
          const code = frame.readInt32BE(4);
          if (code === SSL_REQUEST) {
            socket.write('N');
            continue;
          }
          if (code === CANCEL_REQUEST) continue;
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
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.track(this.release(connection));
    });
  }

  private enqueue(cycle: Cycle): void {
    this.queue.push(cycle);
    this.drain();
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    this.track(this.runQueue());
  }

  private async runQueue(): Promise<void> {
    try {
      for (;;) {
        const index = this.owner ? this.queue.findIndex((cycle) => cycle.connection === this.owner) : 0;
        if (index < 0 || this.queue.length === 0) return;
        const [cycle] = this.queue.splice(index, 1);
        await this.db.runExclusive(async () => {
          for (const frame of cycle.frames) {
            await this.db.execProtocolRawStream(new Uint8Array(frame), {
              onRawData: (data) => {
                if (!cycle.socket.destroyed) cycle.socket.write(data);
              },
            });
          }
        });
        this.owner = this.db.isInTransaction() ? cycle.connection : undefined;
      }
    } finally {
      this.draining = false;
    }
  }

  /** Work the database must finish before it may be closed. */
  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** A connection that closes mid-transaction must not leave the session locked to it. */
  private async release(connection: symbol): Promise<void> {
    for (let i = this.queue.length - 1; i >= 0; i--)
      if (this.queue[i].connection === connection) this.queue.splice(i, 1);
    if (this.owner !== connection) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = undefined;
    this.drain();
  }
}

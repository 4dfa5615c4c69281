import { Empty, ErrorCode, KV, NatsConnection, NatsError, Subscription } from 'nats';

/** How long a candidate waits for a lease holder to answer before taking it for alive. */
const PING_TIMEOUT_MS = 1000;

/**
 * Leases in a JetStream key-value bucket whose entries expire `leaseMs` after their last write: the
 * holder of key `<module>.<partition>` is the one instance that consumes that partition for that module
 * (nats-server 2.9 has no single-active-consumer). The holder renews its entry well within the TTL and
 * stops consuming when it cannot. A candidate takes a free or expired key with a compare-and-set; it
 * also takes a held one at once when the holder's instance subject has no responders — the server has
 * seen that process's connection go, as after a crash — instead of waiting out the TTL.
 */
export class PartitionLeases {
  private responder?: Subscription;
  /** Key → revision of the entry this instance wrote last, and when. */
  private readonly held = new Map<string, { revision: number; renewedAt: number }>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly kv: KV,
    private readonly instance: string,
    private readonly instanceSubject: (instance: string) => string,
    readonly leaseMs: number,
  ) {}

  /** Answers liveness pings for this instance. */
  start(): void {
    this.responder ??= this.nc.subscribe(this.instanceSubject(this.instance), {
      callback: (_error, message) => message.respond(Empty),
    });
  }

  holds(key: string): boolean {
    return this.held.has(key);
  }

  /** Takes the lease if it is free, expired, released or held by a process that is gone; true if this instance holds it now. */
  async claim(key: string): Promise<boolean> {
    if (this.held.has(key)) return true;
    const entry = await this.kv.get(key);
    let revision: number;
    if (!entry || entry.operation !== 'PUT') {
      revision = await this.kv.create(key, this.instance);
    } else {
      const holder = entry.string();
      if (holder !== this.instance && (await this.alive(holder))) return false;
      revision = await this.kv.update(key, this.instance, entry.revision);
    }
    this.held.set(key, { revision, renewedAt: Date.now() });
    return true;
  }

  /**
   * Renews a held lease; false once it is lost: another instance took it, or renewing has failed for
   * most of the TTL (the entry may have expired, so this instance must stop as if it had).
   */
  async renew(key: string): Promise<boolean> {
    const lease = this.held.get(key);
    if (!lease) return false;
    try {
      lease.revision = await this.kv.update(key, this.instance, lease.revision);
      lease.renewedAt = Date.now();
      return true;
    } catch (error) {
      const takenOver = (error as { api_error?: { err_code?: number } }).api_error?.err_code === 10071;
      if (takenOver || Date.now() - lease.renewedAt > (this.leaseMs * 3) / 4) {
        this.held.delete(key);
        return false;
      }
      return true;
    }
  }

  /** Gives a lease up, so another instance takes the partition over at once. */
  async release(key: string): Promise<void> {
    const lease = this.held.get(key);
    this.held.delete(key);
    if (lease) await this.kv.delete(key, { previousSeq: lease.revision }).catch(() => undefined);
  }

  stop(): void {
    this.responder?.unsubscribe();
    this.responder = undefined;
  }

  private async alive(instance: string): Promise<boolean> {
    try {
      await this.nc.request(this.instanceSubject(instance), Empty, { timeout: PING_TIMEOUT_MS });
      return true;
    } catch (error) {
      return !(error instanceof NatsError && error.code === ErrorCode.NoResponders);
    }
  }
}

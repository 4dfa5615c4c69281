/**
 * Runs tasks one after another per key and concurrently across keys, at most `concurrency` at a
 * time: a consumer works on many streams at once while each stream's events take effect in the order
 * they were delivered, and the database pool is never asked for more connections than the bound.
 */
export class StreamLanes {
  private readonly tails = new Map<string, Promise<void>>();
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly concurrency = Infinity) {}

  run(key: string, task: () => Promise<void>): void {
    const tail = (this.tails.get(key) ?? Promise.resolve()).then(() => this.bounded(task)).catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
  }

  /** Resolves when every task queued so far has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }

  get size(): number {
    return this.tails.size;
  }

  private async bounded(task: () => Promise<void>): Promise<void> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      await task();
    } finally {
      // The slot passes straight to the next waiter, so `running` never drops below the bound while some wait.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

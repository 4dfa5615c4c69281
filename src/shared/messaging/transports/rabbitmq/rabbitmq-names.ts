/**
 * Every exchange and queue name derives from one prefix (`RABBITMQ_PREFIX`), so several
 * deployments or test runs can share a broker without seeing each other's messages.
 */
export class RabbitMqNames {
  constructor(readonly prefix: string) {}

  /** Durable topic exchange every event is published to, routing key = event type. */
  get eventsExchange(): string {
    return `${this.prefix}.events`;
  }

  /** Durable topic exchange for outside consumers: allow-listed events, personal data stripped. */
  get publicExchange(): string {
    return `${this.prefix}.public`;
  }

  /** Consistent-hash exchange of one consuming module, bound to the events exchange per consumed type. */
  moduleExchange(module: string): string {
    return `${this.prefix}.${module}`;
  }

  /** The module's single-active-consumer queues; a stream always hashes to the same one. */
  shardQueues(module: string, shards: number): string[] {
    return Array.from({ length: shards }, (_, shard) => `${this.prefix}.${module}.${shard}`);
  }

  /**
   * Holding queue for messages waiting `delayMs` before their next attempt. The delay is in the name
   * because a queue's TTL cannot change after declaration: a new schedule gets new queues.
   */
  retryQueue(module: string, delayMs: number): string {
    return `${this.prefix}.${module}.retry.${delayMs}ms`;
  }

  deadLetterQueue(module: string): string {
    return `${this.prefix}.${module}.dlq`;
  }

  /**
   * Direct exchange through which a module's consumer sends a failed message to a retry queue
   * (routing key: the queue's name). Nobody publishes to the default exchange, which broker users may not.
   */
  retryExchange(module: string): string {
    return `${this.prefix}.${module}.retry`;
  }

  /** Direct exchange through which a module's consumer files the copy of a parked message in its DLQ. */
  deadLetterExchange(module: string): string {
    return `${this.prefix}.${module}.dlx`;
  }
}

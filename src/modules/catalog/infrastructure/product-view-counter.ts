import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { BestEffortPublisher } from '../../../shared/messaging/best-effort-publisher';
import { ProductDetailViewedIntegrationEvent } from '../contracts';

const FLUSH_INTERVAL_MS = 1000;

/**
 * Counts product detail views in memory and publishes one batched, best-effort event per product
 * per second: the read path never writes to the database.
 */
@Injectable()
export class ProductViewCounter implements OnModuleInit, OnApplicationShutdown {
  private counts = new Map<string, number>();
  private windowStartedAt = new Date();
  private timer?: NodeJS.Timeout;

  constructor(private readonly publisher: BestEffortPublisher) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.flush();
  }

  count(productId: string): void {
    this.counts.set(productId, (this.counts.get(productId) ?? 0) + 1);
  }

  flush(): void {
    if (this.counts.size === 0) return;
    const counts = this.counts;
    const windowStartedAt = this.windowStartedAt.toISOString();
    this.counts = new Map();
    this.windowStartedAt = new Date();
    const windowEndedAt = this.windowStartedAt.toISOString();
    this.publisher.publish(
      ProductDetailViewedIntegrationEvent,
      [...counts].map(([productId, views]) => ({
        streamId: `catalog.product-views:${productId}`,
        payload: { productId, views, windowStartedAt, windowEndedAt },
      })),
    );
  }
}

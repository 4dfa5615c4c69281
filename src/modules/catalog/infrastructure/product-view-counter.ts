import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { BestEffortPublisher } from '../../../shared/messaging/outbox/best-effort-publisher';
import { CATALOG_SETTINGS, CatalogSettings } from '../catalog.settings';
import { ProductDetailViewedIntegrationEvent } from '../contracts';

/**
 * Counts product detail views in memory and publishes one batched, best-effort event per product
 * viewed in each window of `VIEW_FLUSH_INTERVAL_MS`: the read path never writes to the database.
 * Every event costs its consumers a transaction, so the window is what bounds that load: with a
 * second, a catalog read by product costs about one transaction per read.
 */
@Injectable()
export class ProductViewCounter implements OnModuleInit, OnApplicationShutdown {
  private counts = new Map<string, number>();
  private windowStartedAt = new Date();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly publisher: BestEffortPublisher,
    @Inject(CATALOG_SETTINGS) private readonly settings: CatalogSettings,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.flush(), this.settings.viewFlushIntervalMs);
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

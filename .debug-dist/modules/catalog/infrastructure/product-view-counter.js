"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProductViewCounter = void 0;
const common_1 = require("@nestjs/common");
const best_effort_publisher_1 = require("../../../shared/messaging/best-effort-publisher");
const contracts_1 = require("../contracts");
const FLUSH_INTERVAL_MS = 1000;
/**
 * Counts product detail views in memory and publishes one batched, best-effort event per product
 * per second: the read path never writes to the database.
 */
let ProductViewCounter = class ProductViewCounter {
    publisher;
    counts = new Map();
    windowStartedAt = new Date();
    timer;
    constructor(publisher) {
        this.publisher = publisher;
    }
    onModuleInit() {
        this.timer = setInterval(() => this.flush(), FLUSH_INTERVAL_MS);
        this.timer.unref();
    }
    onApplicationShutdown() {
        clearInterval(this.timer);
        this.flush();
    }
    count(productId) {
        this.counts.set(productId, (this.counts.get(productId) ?? 0) + 1);
    }
    flush() {
        if (this.counts.size === 0)
            return;
        const counts = this.counts;
        const windowStartedAt = this.windowStartedAt.toISOString();
        this.counts = new Map();
        this.windowStartedAt = new Date();
        const windowEndedAt = this.windowStartedAt.toISOString();
        this.publisher.publish(contracts_1.ProductDetailViewedIntegrationEvent, [...counts].map(([productId, views]) => ({
            streamId: `catalog.product-views:${productId}`,
            payload: { productId, views, windowStartedAt, windowEndedAt },
        })));
    }
};
exports.ProductViewCounter = ProductViewCounter;
exports.ProductViewCounter = ProductViewCounter = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [best_effort_publisher_1.BestEffortPublisher])
], ProductViewCounter);
//# sourceMappingURL=product-view-counter.js.map
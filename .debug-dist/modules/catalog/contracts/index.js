"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CATALOG_EVENTS = exports.productStreamId = void 0;
const product_created_integration_event_1 = require("./product-created.integration-event");
const product_created_v2_integration_event_1 = require("./product-created-v2.integration-event");
const product_deleted_integration_event_1 = require("./product-deleted.integration-event");
const product_detail_viewed_integration_event_1 = require("./product-detail-viewed.integration-event");
const product_updated_integration_event_1 = require("./product-updated.integration-event");
__exportStar(require("./product-created.integration-event"), exports);
__exportStar(require("./product-created-v2.integration-event"), exports);
__exportStar(require("./product-deleted.integration-event"), exports);
__exportStar(require("./product-detail-viewed.integration-event"), exports);
__exportStar(require("./product-updated.integration-event"), exports);
/** Stream id of a catalog product; every catalog event about a product belongs to it. */
const productStreamId = (productId) => `catalog.product:${productId}`;
exports.productStreamId = productStreamId;
exports.CATALOG_EVENTS = [
    product_created_v2_integration_event_1.ProductCreatedV2IntegrationEvent,
    product_created_integration_event_1.ProductCreatedIntegrationEvent,
    product_updated_integration_event_1.ProductUpdatedIntegrationEvent,
    product_deleted_integration_event_1.ProductDeletedIntegrationEvent,
    product_detail_viewed_integration_event_1.ProductDetailViewedIntegrationEvent,
];
//# sourceMappingURL=index.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toProductView = toProductView;
function toProductView(row) {
    return {
        id: row.id,
        sku: row.sku,
        name: row.name,
        description: row.description,
        price: { amount: row.priceAmount, currency: row.priceCurrency },
        categories: row.categories,
        version: row.version,
        rating: { average: row.ratingAverage, count: row.ratingCount },
        availability: { inStock: row.inStock, available: row.available },
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
    };
}
//# sourceMappingURL=product.view.js.map